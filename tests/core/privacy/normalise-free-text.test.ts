import { describe, expect, it } from 'vitest';
import { normaliseFreeText } from '../../../core/privacy';

describe('normaliseFreeText', () => {
  it('folds full-width letters, digits and the full-width @ (NFKC)', () => {
    expect(normaliseFreeText('ｊａｎ＠ｅｘａｍｐｌｅ．ｎｌ ０６')).toBe('jan@example.nl 06');
  });

  it('drops zero-width characters, NUL bytes and other control characters', () => {
    expect(normaliseFreeText('06\u200B12\u200C34\u200D56\uFEFF78\u2060')).toBe('0612345678');
    expect(normaliseFreeText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toBe('abcdef');
  });

  it('keeps newlines and makes tabs spaces', () => {
    expect(normaliseFreeText('eerste regel\ntweede\tregel')).toBe('eerste regel\ntweede regel');
  });

  it('drops what invalid UTF-8 leaves behind: replacement characters and lone surrogates', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0x6b, 0x61, 0xff, 0xfe, 0x74]));
    expect(normaliseFreeText(decoded)).toBe('kat');
    expect(normaliseFreeText('a\uD800b\uDC00c')).toBe('abc');
    expect(normaliseFreeText('emoji 😀 blijft')).toBe('emoji 😀 blijft');
  });

  it.each([
    ['jan.jansen(at)gmail.com', 'jan.jansen@gmail.com'],
    ['jan [at] gmail [punt] com', 'jan@gmail.com'],
    ['jan {AT} gmail (dot) com', 'jan@gmail.com'],
    ['jan punt jansen at gmail punt com', 'jan.jansen@gmail.com'],
  ])('writes the spelled-out address %j as an address', (text, normalised) => {
    expect(normaliseFreeText(text)).toBe(normalised);
  });

  it('leaves "at" and "punt" alone outside an address', () => {
    const text = 'look at this, punt uit';
    expect(normaliseFreeText(text)).toBe(text);
  });
});
