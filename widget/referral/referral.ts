/**
 * A referral as the desk records it: the advice on screen (topic, counter, digital help), the desk
 * it comes from, signal categories and an optional short note. Anonymous by design: no question
 * text, no names; the note is checked for personal data here and again by the server.
 */
import type { Advice } from '../../core/api/route-response';
import { findPersonalData, type PersonalDataKind } from '../../core/privacy/find-personal-data';
import { NOTE_MAX_LENGTH } from '../../core/referrals/referral';

export interface ReferralRequest {
  topicId: string;
  counterId: string;
  sourceDeskId: string;
  digitalHelp: boolean;
  signalIds?: string[];
  note?: string;
}

export function referralRequest(advice: Advice, sourceDeskId: string, signalIds: readonly string[], note: string): ReferralRequest {
  const request: ReferralRequest = {
    topicId: advice.topicId,
    counterId: advice.counterId,
    sourceDeskId,
    digitalHelp: advice.digitalHelp,
  };
  if (signalIds.length > 0) request.signalIds = [...signalIds];
  const trimmed = note.trim();
  if (trimmed) request.note = trimmed;
  return request;
}

export type NoteProblem = { kind: 'too-long' } | { kind: 'personal-data'; found: PersonalDataKind };

/** Why the note cannot be sent as it is, or null. */
export function noteProblem(note: string): NoteProblem | null {
  if (note.trim().length > NOTE_MAX_LENGTH) return { kind: 'too-long' };
  const found = findPersonalData(note)[0]?.kind;
  return found ? { kind: 'personal-data', found } : null;
}
