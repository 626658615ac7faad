/**
 * The cron trigger of wrangler.toml: once a day, delete what is past the retention period and
 * reduce stored free text that an older reduction (or none) let through. The log line has counts
 * only, never text.
 */
import { reduceStoredText } from './storage/reduce-stored-text';
import { purgeExpired, retentionMonths } from './storage/retention';

export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const now = new Date(controller.scheduledTime);
  const { cutoff, referrals, signals, feedback } = await purgeExpired(env.DB, now, retentionMonths(env.RETENTION_MONTHS));
  console.log(`Retention: deleted ${referrals} referrals, ${signals} signals and ${feedback} feedback reports from before ${cutoff}`);
  const reduced = await reduceStoredText(env.DB);
  console.log(
    `Reduction: rewrote ${reduced.referrals} referral notes, ${reduced.signals} signal questions, ` +
      `${reduced.feedbackQuestions} feedback questions and ${reduced.feedbackComments} feedback comments`,
  );
};
