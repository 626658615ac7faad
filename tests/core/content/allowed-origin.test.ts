import { describe, expect, it } from 'vitest';
import { AllowedOriginsSchema, originProblem } from '../../../core/content/allowed-origin';
import { ContentSchema } from '../../../core/content/schema';
import { voorbeeldstad } from '../support/voorbeeldstad';

describe('allowed origins', () => {
  it.each(['https://www.voorbeeldstad.nl', 'https://bibliotheek.example:8443', 'http://localhost:5173', 'http://127.0.0.1:8080'])(
    'accepts %s',
    (origin) => {
      expect(originProblem(origin)).toBeNull();
    },
  );

  it.each([
    ['www.voorbeeldstad.nl', 'volledig webadres'],
    ['http://www.voorbeeldstad.nl', 'https://'],
    ['ftp://voorbeeldstad.nl', 'https://'],
    ['https://www.voorbeeldstad.nl/', 'zonder /'],
    ['https://www.voorbeeldstad.nl/wegwijzer', 'zonder /'],
    ['https://www.voorbeeldstad.nl?x=1', 'zonder /'],
    ['https://WWW.Voorbeeldstad.nl', 'https://www.voorbeeldstad.nl'],
    ['https://user:pw@voorbeeldstad.nl', 'wachtwoord'],
    ['javascript:alert(1)', 'https://'],
  ])('refuses %s in Dutch', (origin, words) => {
    expect(originProblem(origin)).toContain(words);
  });

  it('refuses duplicates and more than 20 addresses', () => {
    const twice = AllowedOriginsSchema.safeParse(['https://a.example', 'https://a.example']);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.path).toEqual([1]);
    const many = Array.from({ length: 21 }, (_, i) => `https://site${i}.example`);
    expect(AllowedOriginsSchema.safeParse(many).success).toBe(false);
    expect(AllowedOriginsSchema.safeParse(many.slice(0, 20)).success).toBe(true);
  });

  it('is optional in the content, and Voorbeeldstad lists its own site', () => {
    const { settings, ...withoutSettings } = voorbeeldstad();
    expect(settings?.allowedOrigins).toEqual(['https://www.voorbeeldstad.example']);
    expect(ContentSchema.safeParse(withoutSettings).success).toBe(true);
  });

  it('names the path of a bad address in the content', () => {
    const result = ContentSchema.safeParse({
      ...voorbeeldstad(),
      settings: { allowedOrigins: ['https://ok.example', 'https://x.example/pad'] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['settings.allowedOrigins.1']);
  });
});
