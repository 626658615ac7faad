/**
 * Free text reaches D1 only reduced: these tests post questions and notes through the API and read
 * the rows themselves, and run the nightly rewrite over rows stored before the reduction.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedbackGroupKey } from '../../../core/feedback/feedback';
import { FREE_TEXT_REDUCTION_VERSION } from '../../../core/privacy';
import worker from '../../../worker/index';
import { reduceStoredText } from '../../../worker/storage/reduce-stored-text';
import { A_REFERRAL, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

beforeEach(async () => {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM referrals'),
    env.DB.prepare('DELETE FROM signals'),
    env.DB.prepare('DELETE FROM feedback_reports'),
    env.DB.prepare('DELETE FROM feedback_items'),
  ]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const QUESTIONS = [
  { text: 'mevrouw Bakker van de Kerkstraat wil haar kat laten chippen', personal: ['Bakker', 'Kerkstraat'] },
  { text: 'dhr. Yilmaz is zijn DigiD kwijt', personal: ['Yilmaz'] },
  { text: 'ik ben Fatima en ik wil Nederlands leren', personal: ['Fatima'] },
  { text: 'mijn naam is Mehmet Öztürk', personal: ['Mehmet', 'Öztürk'] },
  { text: 'mevrouw Soekhlal heeft hulp nodig bij de aanvraag', personal: ['Soekhlal'] },
  { text: 'meneer Nowak zoekt een cursus Nederlands', personal: ['Nowak'] },
  { text: 'mevrouw Al-Hassan uit Syrië wil inburgeren', personal: ['Al-Hassan'] },
  { text: 'ik woon op de Kastanjelaan 3 en mijn dak lekt', personal: ['Kastanjelaan'] },
  { text: 'de auto met kenteken AB-123-C staat al weken op straat', personal: ['AB-123-C'] },
  { text: 'Jan de Vries wil zijn rijbewijs verlengen', personal: ['Jan', 'Vries'] },
];

async function storedQuestions(): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT question FROM signals ORDER BY id').all<{ question: string }>();
  return results.map((row) => row.question);
}

async function storedNote(): Promise<{ note: string | null; reduction: number } | null> {
  return env.DB.prepare('SELECT note, reduction FROM referrals').first();
}

describe('signals keep their question only reduced', () => {
  it('stores markers and none of the names, streets or plates, for unanswered and abandoned questions alike', async () => {
    for (const [i, { text }] of QUESTIONS.entries()) {
      const kind = i % 2 === 0 ? 'unanswered' : 'clarify-abandoned';
      const res = await publicFetch(`${TENANT}/signals`, { json: { kind, mode: 'desk', question: text } });
      expect(res.status).toBe(202);
    }
    const stored = await storedQuestions();
    expect(stored).toHaveLength(QUESTIONS.length);
    expect(stored[0]).toBe('[naam] van de [adres] wil haar kat laten chippen');
    for (const [i, { personal }] of QUESTIONS.entries()) {
      expect(stored[i]).toMatch(/\[(naam|adres|kenteken)\]/);
      for (const piece of personal) expect(stored[i]).not.toContain(piece);
    }
  });

  it('stores the normalised text: no NUL bytes, zero-width or broken characters', async () => {
    await publicFetch(`${TENANT}/signals`, {
      json: { kind: 'unanswered', mode: 'resident', question: 'kat\u0000 kwijt\u200B in de \uD800stad\uFFFD' },
    });
    expect(await storedQuestions()).toEqual(['kat kwijt in de stad']);
  });

  it('writes no log line with the question', async () => {
    const lines: unknown[][] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args) => void lines.push(args));
    await publicFetch(`${TENANT}/signals`, { json: { kind: 'unanswered', mode: 'desk', question: 'mevrouw Kowalski van de Lindelaan' } });
    await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note: 'mevrouw Kowalski mailt jan(at)example.nl' } });
    expect(JSON.stringify(lines)).not.toMatch(/Kowalski|Lindelaan|example/);
  });
});

describe('referral notes keep names and addresses only reduced', () => {
  it.each([
    ['mevrouw De Boer komt morgen langs', '[naam] komt morgen langs'],
    ['meneer Yilmaz van de Kerkstraat 12 heeft geen computer', '[naam] van de [adres] heeft geen computer'],
    ['auto GZ-743-K staat voor de deur', 'auto [kenteken] staat voor de deur'],
  ])('stores %j as %j (201, not refused)', async (note, stored) => {
    const res = await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note } });
    expect(res.status).toBe(201);
    expect(await storedNote()).toEqual({ note: stored, reduction: FREE_TEXT_REDUCTION_VERSION });
  });

  it.each(['jan.jansen(at)gmail.com', 'jan＠example.nl', 'bel ０６１２３４５６７８', 'bel 06\u200B1234\u200B5678', 'bsn 1112\u200B22333'])(
    'refuses the disguised identifier in %j with 422 personal_data and stores nothing',
    async (note) => {
      const res = await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note } });
      expect(res.status).toBe(422);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe('personal_data');
      expect(await storedNote()).toBeNull();
    },
  );
});

const NOTHING_CHANGED = { signals: 0, referrals: 0, feedbackComments: 0, feedbackQuestions: 0 };

describe('the nightly rewrite of what was stored before', () => {
  async function seedUnreduced(): Promise<void> {
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO signals (tenant_id, kind, mode, question, created_at) VALUES
           ('voorbeeldstad', 'unanswered', 'desk', 'mevrouw Bakker van de Kerkstraat wil haar kat laten chippen', '2026-11-01T10:00:00Z'),
           ('voorbeeldstad', 'unanswered', 'resident', 'kan ik hier een kano huren', '2026-11-01T10:00:00Z'),
           ('voorbeeldstad', 'category', 'desk', NULL, '2026-11-01T10:00:00Z')`,
      ),
      env.DB.prepare(
        `INSERT INTO referrals (tenant_id, code_hash, topic_id, counter_id, source_desk_id, digital_help, note, created_at, status_updated_at)
         VALUES ('voorbeeldstad', ?1, 'schulden', 'sociaal-loket', 'algemene-balie', 0, 'mevrouw De Boer komt morgen langs', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`,
      ).bind('a'.repeat(64)),
    ]);
  }

  it('reduces old signal questions and notes, and marks every row as done', async () => {
    await seedUnreduced();
    expect(await reduceStoredText(env.DB)).toEqual({ signals: 1, referrals: 1, feedbackComments: 0, feedbackQuestions: 0 });
    expect(await storedQuestions()).toEqual(['[naam] van de [adres] wil haar kat laten chippen', 'kan ik hier een kano huren', null]);
    expect(await storedNote()).toEqual({ note: '[naam] komt morgen langs', reduction: FREE_TEXT_REDUCTION_VERSION });
    const { results } = await env.DB.prepare('SELECT reduction FROM signals').all<{ reduction: number }>();
    expect(results.every((row) => row.reduction === FREE_TEXT_REDUCTION_VERSION)).toBe(true);
  });

  it('is idempotent: a second run changes nothing, also when the rows are marked for a new pass', async () => {
    await seedUnreduced();
    await reduceStoredText(env.DB);
    const once = { questions: await storedQuestions(), note: await storedNote() };
    expect(await reduceStoredText(env.DB)).toEqual(NOTHING_CHANGED);
    await env.DB.batch([env.DB.prepare('UPDATE signals SET reduction = 0'), env.DB.prepare('UPDATE referrals SET reduction = 0')]);
    expect(await reduceStoredText(env.DB)).toEqual(NOTHING_CHANGED);
    expect({ questions: await storedQuestions(), note: await storedNote() }).toEqual(once);
  });

  it('runs in the scheduled handler', async () => {
    await seedUnreduced();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: new Date('2026-12-05T03:00:00Z'), cron: '0 3 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await storedNote()).toEqual({ note: '[naam] komt morgen langs', reduction: FREE_TEXT_REDUCTION_VERSION });
  });
});

describe('the nightly rewrite of the feedback queue', () => {
  const GIVEN = { topicId: 'schulden', counterId: 'sociaal-loket', basis: 'table' } as const;
  const EXPECTED = { counterId: 'werk-inkomen' };

  function item(id: string, question: string, status: string, reduction: number): D1PreparedStatement {
    return env.DB.prepare(
      `INSERT INTO feedback_items (id, tenant_id, group_key, question, given_topic_id, given_counter_id, given_basis,
         expected_counter_id, status, reduction)
       VALUES (?1, 'voorbeeldstad', ?2, ?3, 'schulden', 'sociaal-loket', 'table', 'werk-inkomen', ?4, ?5)`,
    ).bind(id, feedbackGroupKey(question, GIVEN, EXPECTED), question, status, reduction);
  }

  function report(itemId: string, comment: string | null): D1PreparedStatement {
    return env.DB.prepare(
      `INSERT INTO feedback_reports (item_id, tenant_id, source, comment, created_at) VALUES (?1, 'voorbeeldstad', 'desk', ?2, '2026-11-01T10:00:00Z')`,
    ).bind(itemId, comment);
  }

  async function items(): Promise<{ id: string; question: string; status: string; reports: number; reduction: number }[]> {
    const { results } = await env.DB.prepare(
      `SELECT id, question, status, reduction, (SELECT COUNT(*) FROM feedback_reports r WHERE r.item_id = i.id) AS reports
       FROM feedback_items i ORDER BY id`,
    ).all<{ id: string; question: string; status: string; reports: number; reduction: number }>();
    return results;
  }

  beforeEach(async () => {
    await env.DB.batch([
      // Stored before the reduction reached the queue: a name in the question and in a comment.
      item('a-old', 'mevrouw Bakker wil haar kat laten chippen', 'open', 0),
      report('a-old', 'mevrouw De Boer belde hierover'),
      report('a-old', null),
      // The same question as the reduction now stores it, already open with a report of its own.
      item('b-new', '[naam] wil haar kat laten chippen', 'open', FREE_TEXT_REDUCTION_VERSION),
      report('b-new', null),
      item('c-closed', 'dhr. Yilmaz is zijn DigiD kwijt', 'dismissed', 0),
      report('c-closed', null),
    ]);
  });

  it('reduces the questions and comments, and an old item joins the open item its reduced question belongs to', async () => {
    expect(await reduceStoredText(env.DB)).toEqual({ signals: 0, referrals: 0, feedbackComments: 1, feedbackQuestions: 2 });
    expect(await items()).toEqual([
      { id: 'b-new', question: '[naam] wil haar kat laten chippen', status: 'open', reports: 3, reduction: FREE_TEXT_REDUCTION_VERSION },
      { id: 'c-closed', question: '[naam] is zijn DigiD kwijt', status: 'dismissed', reports: 1, reduction: FREE_TEXT_REDUCTION_VERSION },
    ]);
    const comments = await env.DB.prepare('SELECT comment FROM feedback_reports WHERE comment IS NOT NULL').all<{ comment: string }>();
    expect(comments.results).toEqual([{ comment: '[naam] belde hierover' }]);
    // The item keeps taking reports under its rewritten key: nothing else is open for it.
    const open = await env.DB.prepare(`SELECT COUNT(*) AS n FROM feedback_items WHERE status = 'open'`).first<{ n: number }>();
    expect(open?.n).toBe(1);
  });

  it('changes nothing on a second run', async () => {
    await reduceStoredText(env.DB);
    const once = await items();
    expect(await reduceStoredText(env.DB)).toEqual(NOTHING_CHANGED);
    await env.DB.batch([
      env.DB.prepare('UPDATE feedback_items SET reduction = 0'),
      env.DB.prepare('UPDATE feedback_reports SET reduction = 0'),
    ]);
    expect(await reduceStoredText(env.DB)).toEqual(NOTHING_CHANGED);
    expect((await items()).map(({ reduction, ...rest }) => rest)).toEqual(once.map(({ reduction, ...rest }) => rest));
  });
});
