/**
 * Particles inside names: the Dutch tussenvoegsels ("van", "de", "van der", "ter") and the
 * particles of Arabic, Turkish, Surinamese and other names ("el", "al", "ben", "abu"). They are part
 * of a name only between or before name words, never on their own.
 */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  "'t",
  'ten',
  'ter',
  'la',
  'le',
  'du',
  'des',
  'da',
  'di',
  'dos',
  'del',
  'della',
  'von',
  'zu',
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'abu',
  'abd',
  'ou',
  'bou',
  'mc',
  'mac',
]);

export function isParticle(lowerWord: string): boolean {
  return PARTICLES.has(lowerWord);
}
