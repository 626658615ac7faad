/**
 * Where corrections wait (see feedback-queue.ts). Apart from the queue so that widget.js can see
 * whether any wait without loading the feedback chunk.
 */
import { browserStorage } from '../referral/browser-storage';

export const feedbackQueueKey = (tenant: string) => `loketwijzer:${tenant}:feedback-queue`;

export function hasQueuedFeedback(tenant: string): boolean {
  try {
    return browserStorage()?.getItem(feedbackQueueKey(tenant)) != null;
  } catch {
    return false;
  }
}
