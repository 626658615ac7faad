/**
 * The counters for questions outside the division of tasks, as the settings screen edits them:
 * chosen, cleared to "Geen", checked like every other reference to a counter, named in a diff,
 * and guarding the counter they name against removal.
 */
import { describe, expect, it } from 'vitest';
import { describeValue, fieldLabel, lookupIn } from '../../admin/format/diff-format';
import { nl } from '../../admin/i18n/nl';
import { counterUses, removeItem } from '../../admin/state/content-edits';
import { counterSetting, setCounterSetting } from '../../admin/state/counter-settings';
import { routeForIssue } from '../../admin/validation/field-paths';
import { validateDraft } from '../../admin/validation/validate-draft';
import { diffContent } from '../../core/content/diff-content';
import { shippedNationalIndex } from '../../core/national/shipped-national-index';
import { createEngine } from '../../core/routing/create-engine';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('choosing the counter for national matters and for other questions', () => {
  it('reads the example tenant’s choices, and "" where nothing is chosen', () => {
    const content = voorbeeldstad();
    expect(counterSetting(content, 'nationalCounterId')).toBe('overheidsbreed-loket');
    expect(counterSetting(content, 'fallbackCounterId')).toBe('klantcontactcentrum');
    const { settings: _settings, ...bare } = content;
    expect(counterSetting(bare, 'fallbackCounterId')).toBe('');
  });

  it('sets one counter and keeps the other settings and the rest of the content', () => {
    const content = voorbeeldstad();
    const next = setCounterSetting(content, 'fallbackCounterId', 'burgerzaken');
    expect(next.settings).toEqual({ ...content.settings, fallbackCounterId: 'burgerzaken' });
    expect(next.topics).toBe(content.topics);
    expect(content.settings?.fallbackCounterId).toBe('klantcontactcentrum');
  });

  it('removes the key for "Geen", so the JSON holds no empty id, and sets it on content without settings', () => {
    const cleared = setCounterSetting(voorbeeldstad(), 'nationalCounterId', '');
    expect(cleared.settings).not.toHaveProperty('nationalCounterId');
    expect(cleared.settings?.fallbackCounterId).toBe('klantcontactcentrum');
    expect(validateDraft(cleared).ok).toBe(true);
    const { settings: _settings, ...bare } = voorbeeldstad();
    expect(setCounterSetting(bare, 'nationalCounterId', 'ido').settings).toEqual({ allowedOrigins: [], nationalCounterId: 'ido' });
  });

  it('is what the engine answers with; "Geen" means no advice where that counter would have been named', () => {
    const content = voorbeeldstad();
    const options = { national: shippedNationalIndex() };
    const other = 'mijn buren maken elke nacht lawaai';
    const national = 'verblijfsvergunning verlengen voor mijn man';
    const asIs = createEngine(content);
    expect(asIs.route(other, options).advice).toMatchObject({ basis: 'fallback', counterId: 'klantcontactcentrum' });
    expect(asIs.route(national, options).advice).toMatchObject({ basis: 'national', counterId: 'overheidsbreed-loket' });

    const changed = createEngine(setCounterSetting(content, 'fallbackCounterId', 'burgerzaken'));
    expect(changed.route(other, options).advice).toMatchObject({ basis: 'fallback', counterId: 'burgerzaken' });
    const none = createEngine(setCounterSetting(setCounterSetting(content, 'fallbackCounterId', ''), 'nationalCounterId', ''));
    expect(none.route(other, options).advice).toBeNull();
    expect(none.route(national, options).advice).toBeNull();
  });
});

describe('a counter setting that names no counter', () => {
  it('is an issue at the setting’s own path, which the error summary sends to the settings screen', () => {
    const content = setCounterSetting(voorbeeldstad(), 'nationalCounterId', 'bestaat-niet');
    const result = validateDraft(content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ path: 'settings.nationalCounterId', message: 'Er is geen loket met de id "bestaat-niet".' });
    expect(routeForIssue('settings.nationalCounterId', content)).toEqual({ view: 'instellingen' });
  });

  it('cannot come from removing the counter: a counter a setting names is in use', () => {
    const content = voorbeeldstad();
    expect(counterUses(content, 'klantcontactcentrum')).toContainEqual({
      kind: 'setting',
      id: 'fallbackCounterId',
      role: 'fallbackCounterId',
    });
    expect(counterUses(content, 'overheidsbreed-loket')).toContainEqual({
      kind: 'setting',
      id: 'nationalCounterId',
      role: 'nationalCounterId',
    });
    const index = content.counters.findIndex((counter) => counter.id === 'klantcontactcentrum');
    const removed = removeItem(content, 'counters', index);
    expect(validateDraft(removed).ok).toBe(false);
  });
});

describe('a changed counter setting in a diff', () => {
  it('reads as the setting’s label and the counters’ names', () => {
    const before = voorbeeldstad();
    const after = setCounterSetting(before, 'fallbackCounterId', 'burgerzaken');
    const { summary, changes } = diffContent(before, after);
    expect(summary).toBe('Instellingen gewijzigd');
    const field = changes[0]!.fields[0]!;
    const names = lookupIn(after);
    expect(fieldLabel('settings', field.field)).toBe(nl.fieldLabels.settings.fallbackCounterId);
    expect(describeValue('settings', field.field, field.before, names)).toBe('Klantcontactcentrum');
    expect(describeValue('settings', field.field, field.after, names)).toBe(names.counter('burgerzaken'));
    expect(describeValue('settings', field.field, field.after, names)).not.toBe('burgerzaken');
  });
});
