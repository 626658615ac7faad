/**
 * Free text reaches D1 only reduced: these tests post questions and notes through the API and read
 * the rows themselves, and run the nightly rewrite over rows stored before the reduction.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FREE_TEXT_REDUCTION_VERSION } from '../../../core/privacy';
import worker from '../../../worker/index';
import { reduceStoredText } from '../../../worker/storage/reduce-stored-text';
import { A_REFERRAL, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

beforeEach(async () => {
  await env.DB.batch([env.DB.prepare('DELETE FROM referrals'), env.DB.prepare('DELETE FROM signals')]);
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
    expect(await reduceStoredText(env.DB)).toEqual({ signals: 1, referrals: 1 });
    expect(await storedQuestions()).toEqual(['[naam] van de [adres] wil haar kat laten chippen', 'kan ik hier een kano huren', null]);
    expect(await storedNote()).toEqual({ note: '[naam] komt morgen langs', reduction: FREE_TEXT_REDUCTION_VERSION });
    const { results } = await env.DB.prepare('SELECT reduction FROM signals').all<{ reduction: number }>();
    expect(results.every((row) => row.reduction === FREE_TEXT_REDUCTION_VERSION)).toBe(true);
  });

  it('is idempotent: a second run changes nothing, also when the rows are marked for a new pass', async () => {
    await seedUnreduced();
    await reduceStoredText(env.DB);
    const once = { questions: await storedQuestions(), note: await storedNote() };
    expect(await reduceStoredText(env.DB)).toEqual({ signals: 0, referrals: 0 });
    await env.DB.batch([env.DB.prepare('UPDATE signals SET reduction = 0'), env.DB.prepare('UPDATE referrals SET reduction = 0')]);
    expect(await reduceStoredText(env.DB)).toEqual({ signals: 0, referrals: 0 });
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
