/**
 * The desk's signal categories recorded without a referral (signals.ts has the rest of the
 * signals). A file of its own: only the desk sends it, so it loads with the desk chunk rather
 * than with the first answer's engine chunk (vite.config.ts).
 */
import type { SignalPayload } from './signals';

export function categorySignal(signalIds: readonly string[], sourceDeskId?: string): SignalPayload {
  return sourceDeskId ? { kind: 'category', signalIds: [...signalIds], sourceDeskId } : { kind: 'category', signalIds: [...signalIds] };
}
