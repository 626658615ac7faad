/** Free text that would be stored (a note, a comment, a reason) is refused when it holds personal data. */
import { findPersonalData, personalDataMessage } from '../../core/privacy';
import { ApiError } from './api-error';

/** Throws 422 `personal_data` with the issue at `path`, naming what was found. */
export function refusePersonalData(path: string, text: string): void {
  const [found] = findPersonalData(text);
  if (!found) return;
  const message = personalDataMessage(found.kind, 'nl');
  throw new ApiError('personal_data', { message, issues: [{ path, message }] });
}
