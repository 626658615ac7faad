/** The "elfproef" every BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not all zeros. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
