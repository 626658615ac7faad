/**
 * Checks that a tenant's content hangs together: ids are unique per list and every reference
 * (a topic's counter, a counter's locations, a cue's suggestion) points at something that exists.
 * Each problem names the exact path, so the admin app can show it next to the field.
 */
import type { z } from 'zod';

interface WithId {
  id: string;
}

interface ReferencingContent {
  counters: (WithId & { locationIds: string[] })[];
  locations: WithId[];
  topics: (WithId & { counter: string; digitalHelp?: string | undefined })[];
  recognitionCues: (WithId & { suggests: string })[];
  sourceDesks: WithId[];
  signalCategories: WithId[];
  settings?: { nationalCounterId?: string | undefined; fallbackCounterId?: string | undefined } | undefined;
}

type Issue = { path: (string | number)[]; message: string };

function duplicateIds(list: WithId[], listName: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({ path: [listName, index, 'id'], message: `De id "${item.id}" komt twee keer voor. Kies een andere id.` });
    }
    seen.add(item.id);
  });
  return issues;
}

export function findCrossReferenceIssues(content: ReferencingContent): Issue[] {
  const issues: Issue[] = [
    ...duplicateIds(content.counters, 'counters'),
    ...duplicateIds(content.locations, 'locations'),
    ...duplicateIds(content.topics, 'topics'),
    ...duplicateIds(content.recognitionCues, 'recognitionCues'),
    ...duplicateIds(content.sourceDesks, 'sourceDesks'),
    ...duplicateIds(content.signalCategories, 'signalCategories'),
  ];
  const counterIds = new Set(content.counters.map((c) => c.id));
  const locationIds = new Set(content.locations.map((l) => l.id));
  const unknownCounter = (id: string) => `Er is geen loket met de id "${id}".`;

  content.counters.forEach((counter, index) => {
    counter.locationIds.forEach((locationId, i) => {
      if (!locationIds.has(locationId)) {
        issues.push({ path: ['counters', index, 'locationIds', i], message: `Er is geen locatie met de id "${locationId}".` });
      }
    });
  });
  content.topics.forEach((topic, index) => {
    if (!counterIds.has(topic.counter)) {
      issues.push({ path: ['topics', index, 'counter'], message: unknownCounter(topic.counter) });
    }
    if (topic.digitalHelp !== undefined) {
      if (!counterIds.has(topic.digitalHelp)) {
        issues.push({ path: ['topics', index, 'digitalHelp'], message: unknownCounter(topic.digitalHelp) });
      } else if (topic.digitalHelp === topic.counter) {
        issues.push({
          path: ['topics', index, 'digitalHelp'],
          message: 'Het loket voor digitale hulp moet een ander loket zijn dan het loket van het onderwerp.',
        });
      }
    }
  });
  for (const key of ['nationalCounterId', 'fallbackCounterId'] as const) {
    const counterId = content.settings?.[key];
    if (counterId !== undefined && !counterIds.has(counterId)) {
      issues.push({ path: ['settings', key], message: unknownCounter(counterId) });
    }
  }
  content.recognitionCues.forEach((cue, index) => {
    if (!counterIds.has(cue.suggests)) {
      issues.push({ path: ['recognitionCues', index, 'suggests'], message: unknownCounter(cue.suggests) });
    }
  });
  return issues;
}

/** Adapter for zod's superRefine. */
export function checkCrossReferences(content: ReferencingContent, ctx: z.RefinementCtx): void {
  for (const issue of findCrossReferenceIssues(content)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}
