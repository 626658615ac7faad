/**
 * The widget's view of the shared personal-data check in core/privacy: whether a typed question
 * holds personal data, and of which kind first.
 */
import { findPersonalData as findAll, type PersonalDataKind } from '../../core/privacy';

export { passesElevenTest, personalDataMessage, type PersonalDataKind } from '../../core/privacy';

/** The first kind of personal data in `text`, or null when there is none. */
export function findPersonalData(text: string): PersonalDataKind | null {
  return findAll(text)[0]?.kind ?? null;
}
