/** The personal-data check that the worker and the widget share. Pure: no zod, no DOM, no Workers APIs. */
export { passesElevenTest } from './eleven-test';
export { passesMod97 } from './iban';
export {
  containsPersonalData,
  findPersonalData,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './find-personal-data';
export { personalDataMessage, type PersonalDataLang } from './messages';
