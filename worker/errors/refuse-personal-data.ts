/**
 * Free text that would be stored (a referral note, a feedback comment, a dismissal reason) is
 * refused when it holds a structured identifier, also a disguised one ("jan(at)gmail.com",
 * full-width digits): the check runs on the normalised text.
 */
import { findPersonalData, normaliseFreeText, personalDataMessage } from '../../core/privacy';
import { ApiError } from './api-error';

/** Throws 422 `personal_data` with the issue at `path`, naming what was found. */
export function refusePersonalData(path: string, text: string): void {
  const [found] = findPersonalData(normaliseFreeText(text));
  if (!found) return;
  const message = personalDataMessage(found.kind, 'nl');
  throw new ApiError('personal_data', { message, issues: [{ path, message }] });
}
