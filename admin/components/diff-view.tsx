/**
 * A readable diff, grouped per section and per item, field by field:
 * Onderwerp "Geldzorgen of schulden": loket Sociaal Loket → Werk en Inkomen.
 */
import type { ContentChange, DiffResult, DiffSection } from '../../core/content/diff-content';
import { DIFF_SECTIONS } from '../../core/content/diff-content';
import type { Content } from '../../core/content/schema';
import { nl } from '../i18n/nl';
import { describeValue, fieldLabel, ITEM_NOUNS, listDelta, lookupIn, type NameLookup } from '../format/diff-format';

interface DiffViewProps {
  diff: DiffResult;
  /** For the names of counters and locations in the values. */
  names: Content | null;
  /** Heading level of the section headings inside the diff. */
  headingLevel?: 3 | 4;
  showSummary?: boolean;
}

/** "trefwoorden: + bewindvoering − schuld": only what a list gained and lost. */
function ListChange({
  label,
  delta,
  describe,
}: {
  label: string;
  delta: { added: string[]; removed: string[] };
  describe: (item: string) => string;
}) {
  return (
    <li>
      <span class="diff-field">{label}</span>:{' '}
      {delta.added.map((item) => (
        <span key={`+${item}`} class="diff-after diff-list-item">
          <span aria-hidden="true">+ </span>
          <span class="visually-hidden">{nl.diffAdded}: </span>
          {describe(item)}
        </span>
      ))}
      {delta.removed.map((item) => (
        <span key={`-${item}`} class="diff-before diff-list-item">
          <span aria-hidden="true">− </span>
          <span class="visually-hidden">{nl.diffRemoved}: </span>
          {describe(item)}
        </span>
      ))}
    </li>
  );
}

function Change({ change, names }: { change: ContentChange; names: NameLookup }) {
  const noun = ITEM_NOUNS[change.section];
  const title = change.id === null ? change.label : `${noun} "${change.label}"`;
  if (change.kind !== 'changed') {
    return (
      <li class={`diff-item diff-${change.kind}`}>
        <span class="diff-badge">{change.kind === 'added' ? nl.diffAdded : nl.diffRemoved}</span> {title}
      </li>
    );
  }
  return (
    <li class="diff-item diff-changed">
      <span class="diff-item-title">{title}:</span>
      <ul class="diff-fields">
        {change.fields.map((field) => {
          const delta = field.field === 'hours' ? null : listDelta(field.before, field.after);
          if (delta)
            return (
              <ListChange
                key={field.path}
                label={fieldLabel(change.section, field.field)}
                delta={delta}
                describe={(item) => describeValue(change.section, field.field, [item], names)}
              />
            );
          return (
            <li key={field.path}>
              <span class="diff-field">{fieldLabel(change.section, field.field)}</span>:{' '}
              <span class="diff-before">{describeValue(change.section, field.field, field.before, names)}</span>{' '}
              <span aria-hidden="true">→</span>
              <span class="visually-hidden">{nl.diffAfter.toLowerCase()}</span>{' '}
              <span class="diff-after">{describeValue(change.section, field.field, field.after, names)}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function DiffView({ diff, names, headingLevel = 3, showSummary = true }: DiffViewProps) {
  const lookup = lookupIn(names);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (diff.changes.length === 0) return <p class="diff-none">{nl.diffNone}</p>;
  const sections = DIFF_SECTIONS.filter((section) => diff.changes.some((change) => change.section === section));
  return (
    <div class="diff">
      {showSummary && <p class="diff-summary">{diff.summary}</p>}
      {sections.map((section: DiffSection) => (
        <div key={section} class="diff-section">
          <Heading class="diff-section-title">{nl.diffSections[section]}</Heading>
          <ul class="diff-list">
            {diff.changes
              .filter((change) => change.section === section)
              .map((change) => (
                <Change key={`${change.kind}-${change.id ?? section}`} change={change} names={lookup} />
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
