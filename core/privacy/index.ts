/** The personal-data check that the worker and the widget share. Pure: no zod, no DOM, no Workers APIs. */
export { passesElevenTest } from './eleven-test';
export { passesMod97 } from './iban';
export {
  containsPersonalData,
  findPersonalData,
  findPersonalDataSpans,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataMatch,
  type PersonalDataSpan,
} from './find-personal-data';
export { personalDataMessage, type PersonalDataLang } from './messages';
export { FREE_TEXT_MARKERS, FREE_TEXT_REDUCTION_VERSION, reduceFreeText, type ReduceFreeTextOptions } from './reduce-free-text';
export { normaliseFreeText } from './normalise-free-text';
export { tenantWords } from './tenant-words';
