import { describe, expect, it } from 'vitest';
import { addAllowedOrigin, allowedOrigins, removeAllowedOrigin } from '../../admin/state/settings-edits';
import { diffContent } from '../../core/content/diff-content';
import { nl } from '../../admin/i18n/nl';
import { parseRoute } from '../../admin/routing/hash-route';
import { routeForIssue } from '../../admin/validation/field-paths';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('allowed websites in the draft', () => {
  it('adds a valid address, trimmed, and keeps the rest of the content', () => {
    const content = voorbeeldstad();
    const result = addAllowedOrigin(content, '  https://www.oosterhoek.nl ');
    expect(result).toMatchObject({ ok: true, origin: 'https://www.oosterhoek.nl' });
    if (!result.ok) return;
    expect(allowedOrigins(result.content)).toEqual(['https://www.voorbeeldstad.example', 'https://www.oosterhoek.nl']);
    expect(result.content.topics).toBe(content.topics);
  });

  it('explains in Dutch what is wrong with an address, and changes nothing', () => {
    const content = voorbeeldstad();
    expect(addAllowedOrigin(content, '')).toEqual({ ok: false, message: nl.validation.required });
    expect(addAllowedOrigin(content, 'https://www.oosterhoek.nl/wegwijzer')).toMatchObject({
      ok: false,
      message: expect.stringContaining('zonder /'),
    });
    expect(addAllowedOrigin(content, 'http://www.oosterhoek.nl')).toMatchObject({
      ok: false,
      message: expect.stringContaining('https://'),
    });
    expect(addAllowedOrigin(content, 'https://www.voorbeeldstad.example')).toEqual({ ok: false, message: nl.originTaken });
  });

  it('stops at 20 addresses', () => {
    let content = voorbeeldstad();
    for (let i = 1; i < 20; i++) {
      const result = addAllowedOrigin(content, `https://site${i}.example`);
      if (!result.ok) throw new Error(result.message);
      content = result.content;
    }
    expect(addAllowedOrigin(content, 'https://one-too-many.example')).toEqual({ ok: false, message: nl.originsFull(20) });
  });

  it('removes an address, and works on content without settings', () => {
    const content = voorbeeldstad();
    expect(allowedOrigins(removeAllowedOrigin(content, 0))).toEqual([]);
    const { settings: _settings, ...bare } = content;
    expect(allowedOrigins(bare)).toEqual([]);
    const added = addAllowedOrigin(bare, 'http://localhost:5173');
    expect(added.ok && allowedOrigins(added.content)).toEqual(['http://localhost:5173']);
  });

  it('has a screen: #/instellingen, where the error summary sends issues about settings', () => {
    expect(parseRoute('#/instellingen')).toEqual({ view: 'instellingen' });
    expect(routeForIssue('settings.allowedOrigins.0', voorbeeldstad())).toEqual({ view: 'instellingen' });
  });
});

describe('a change of allowed websites in a diff', () => {
  it('is listed and summarised as a change of the settings', () => {
    const before = voorbeeldstad();
    const added = addAllowedOrigin(before, 'https://www.oosterhoek.nl');
    if (!added.ok) throw new Error(added.message);
    const { summary, changes } = diffContent(before, added.content);
    expect(summary).toBe('Instellingen gewijzigd');
    expect(changes).toEqual([
      expect.objectContaining({ section: 'settings', kind: 'changed', fields: [expect.objectContaining({ field: 'allowedOrigins' })] }),
    ]);
  });
});
