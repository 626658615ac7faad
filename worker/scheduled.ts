/** The cron trigger of wrangler.toml: once a day, delete what is past the retention period. */
import { purgeExpired, retentionMonths } from './storage/retention';

export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const now = new Date(controller.scheduledTime);
  const { cutoff, referrals, signals, feedback } = await purgeExpired(env.DB, now, retentionMonths(env.RETENTION_MONTHS));
  console.log(`Retention: deleted ${referrals} referrals, ${signals} signals and ${feedback} feedback reports from before ${cutoff}`);
};
