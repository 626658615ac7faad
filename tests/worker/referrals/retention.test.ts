import { createScheduledController, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import worker from '../../../worker/index';
import { purgeExpired, retentionMonths } from '../../../worker/storage/retention';
import { insertFeedbackReport, type NewFeedbackReport } from '../../../worker/storage/feedback';
import { insertReferral } from '../../../worker/storage/referrals';
import { insertSignal } from '../../../worker/storage/signals';
import { publish } from '../support/voorbeeldstad';

const NOW = new Date('2026-11-28T03:00:00Z');

function feedbackReport(question: string, createdAt: string): NewFeedbackReport {
  return {
    tenantId: 'voorbeeldstad',
    newItemId: crypto.randomUUID(),
    question,
    given: { topicId: 'schulden', counterId: 'sociaal-loket', basis: 'table' },
    expected: { counterId: 'werk-inkomen' },
    source: 'desk',
    sourceDeskId: null,
    comment: null,
    createdAt,
  };
}

/** A referral, a signal and a feedback report (all of one item) per hour, and one item with only the first hour. */
async function seed(hours: string[]): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM referrals'),
    env.DB.prepare('DELETE FROM signals'),
    env.DB.prepare('DELETE FROM feedback_items'),
    ...insertFeedbackReport(env.DB, feedbackReport('oude vraag', hours[0]!)),
    ...hours.flatMap((hour, i) => [
      insertReferral(env.DB, {
        tenantId: 'voorbeeldstad',
        codeHash: String(i).padStart(64, '0'),
        topicId: 'schulden',
        counterId: 'sociaal-loket',
        sourceDeskId: 'algemene-balie',
        digitalHelp: false,
        signalIds: [],
        note: null,
        createdAt: hour,
      }),
      insertSignal(env.DB, {
        tenantId: 'voorbeeldstad',
        kind: 'unanswered',
        mode: 'resident',
        question: `vraag ${i}`,
        topicIds: [],
        categoryIds: [],
        sourceDeskId: null,
        createdAt: hour,
      }),
      ...insertFeedbackReport(env.DB, feedbackReport('vraag', hour)),
    ]),
  ]);
}

const remaining = async (table: 'referrals' | 'signals' | 'feedback_reports') =>
  (await env.DB.prepare(`SELECT created_at FROM ${table} ORDER BY created_at`).all<{ created_at: string }>()).results.map(
    (row) => row.created_at,
  );

beforeAll(async () => {
  await publish();
});

beforeEach(async () => {
  await seed(['2024-11-28T02:00:00Z', '2024-11-28T03:00:00Z', '2025-06-01T12:00:00Z', '2026-11-28T02:00:00Z']);
});

describe('purgeExpired', () => {
  it('deletes referrals, signals and feedback reports older than 24 months on a fixed clock, and keeps the rest', async () => {
    const purged = await purgeExpired(env.DB, NOW, 24);
    expect(purged).toEqual({ cutoff: '2024-11-28T03:00:00Z', referrals: 1, signals: 1, feedback: 2 });
    expect(await remaining('feedback_reports')).toEqual(['2024-11-28T03:00:00Z', '2025-06-01T12:00:00Z', '2026-11-28T02:00:00Z']);
    // The item whose every report expired goes too; the other keeps a count of what is left.
    const items = await env.DB.prepare('SELECT question FROM feedback_items').all<{ question: string }>();
    expect(items.results).toEqual([{ question: 'vraag' }]);
    expect(await remaining('referrals')).toEqual(['2024-11-28T03:00:00Z', '2025-06-01T12:00:00Z', '2026-11-28T02:00:00Z']);
    expect(await remaining('signals')).toEqual(['2024-11-28T03:00:00Z', '2025-06-01T12:00:00Z', '2026-11-28T02:00:00Z']);
  });

  it('follows a shorter period', async () => {
    expect(await purgeExpired(env.DB, NOW, 6)).toEqual({ cutoff: '2026-05-28T03:00:00Z', referrals: 3, signals: 3, feedback: 4 });
    expect(await remaining('referrals')).toEqual(['2026-11-28T02:00:00Z']);
  });

  it('reads RETENTION_MONTHS, and falls back to 24 months for a missing or bad value', () => {
    expect(retentionMonths('6')).toBe(6);
    for (const setting of [undefined, '', '0', '-3', '1.5', 'twee']) expect(retentionMonths(setting)).toBe(24);
  });
});

describe('the scheduled handler', () => {
  it('purges with RETENTION_MONTHS of wrangler.toml at the time of the cron event', async () => {
    expect(env.RETENTION_MONTHS).toBe('24');
    const controller = createScheduledController({ scheduledTime: NOW, cron: '0 3 * * *' });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await remaining('referrals')).toEqual(['2024-11-28T03:00:00Z', '2025-06-01T12:00:00Z', '2026-11-28T02:00:00Z']);
    expect(await remaining('signals')).toHaveLength(3);
  });
});
