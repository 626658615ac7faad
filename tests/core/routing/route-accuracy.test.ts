/**
 * How often the engine sends a question to the counter (and topic) that the example table
 * implies. A clarify answer or no advice counts as wrong: the desk then has no counter yet.
 * Misses are printed, so a failing run says what to look at.
 */
import { describe, expect, it } from 'vitest';
import { shippedNationalIndex } from '../../../core/national/shipped-national-index';
import { createEngine } from '../../../core/routing/create-engine';
import { labelledQuestions, uncoveredQuestions, type LabelledQuestion } from './support/question-sets';
import { voorbeeldstad } from '../support/voorbeeldstad';

const engine = createEngine(voorbeeldstad());
// As the worker routes: with the national product list.
const national = shippedNationalIndex();

function measure(questions: readonly LabelledQuestion[]) {
  const misses: string[] = [];
  let rightCounters = 0;
  let rightTopics = 0;
  for (const { question, counter, topic } of questions) {
    const { advice, clarify } = engine.route(question, { national });
    if (advice?.counterId === counter) rightCounters++;
    if (advice?.topicId === topic) rightTopics++;
    if (advice?.counterId !== counter || advice.topicId !== topic) {
      const got = advice
        ? `${advice.topicId} → ${advice.counterId}`
        : clarify
          ? `clarify: ${clarify.options.map((option) => option.topicId).join(' | ')}`
          : 'no advice';
      misses.push(`  "${question}": ${got} (expected ${topic} → ${counter})`);
    }
  }
  return { counters: rightCounters / questions.length, topics: rightTopics / questions.length, misses };
}

function report(name: string, result: ReturnType<typeof measure>): void {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  console.info(
    `${name}: counters ${percent(result.counters)}, topics ${percent(result.topics)}` +
      (result.misses.length > 0 ? `\n${result.misses.join('\n')}` : ''),
  );
}

describe('routing accuracy', () => {
  it('sends at least 98% of the dev questions to the right counter and 90% to the right topic', () => {
    const result = measure(labelledQuestions('questions.dev.tsv'));
    report('dev set', result);
    // 48 of 49: shown as 98.0%; main had the same one miss (a clarify).
    expect(result.counters).toBeGreaterThanOrEqual(48 / 49);
    expect(result.topics).toBeGreaterThanOrEqual(0.9);
  });

  it('sends at least 95% of the extra questions (typos, colloquial, English) to the right counter and 90% to the right topic', () => {
    const result = measure(labelledQuestions('questions.extra.tsv'));
    report('extra set', result);
    expect(result.counters).toBeGreaterThanOrEqual(0.95);
    expect(result.topics).toBeGreaterThanOrEqual(0.9);
  });

  // Written as blind sets (no keyword was added while looking at them) and measured once
  // before any further tuning: 70% / 67% (holdout) and 95% / 93% (blind). The holdout set
  // guided the tuning after that, so both now guard against regressions rather than measure.
  it('keeps the held-back questions at 92% right counters and 90% right topics', () => {
    const result = measure([...labelledQuestions('questions.holdout.tsv'), ...labelledQuestions('questions.blind.tsv')]);
    report('held-back sets', result);
    expect(result.counters).toBeGreaterThanOrEqual(0.92);
    expect(result.topics).toBeGreaterThanOrEqual(0.9);
  });

  // Written blind (all 52 topics; typos, long stories, English, digital help) and measured
  // once before tuning: 85.4% / 80.9%. The tuning of the evidence rule and the keywords then
  // looked at its misses, so it too now guards against regressions.
  it('keeps blind set 3 at 95% right counters and 90% right topics', () => {
    const result = measure(labelledQuestions('blind-3.tsv'));
    report('blind set 3', result);
    expect(result.counters).toBeGreaterThanOrEqual(0.95);
    expect(result.topics).toBeGreaterThanOrEqual(0.9);
  });

  // Blind sets 4 and 5 were each written after the tuning before them, without looking at the
  // engine, and measured once: 86.7% / 83.3% (set 4) and 84.0% / 80.0% (set 5; the engine
  // before this round scored 80.0% / 76.0% on it). Keyword additions for their misses
  // followed, so they too now guard against regressions.
  it('keeps blind sets 4 and 5 at 90% right counters and 85% right topics', () => {
    const result = measure([...labelledQuestions('blind-4.tsv'), ...labelledQuestions('blind-5.tsv')]);
    report('blind sets 4 and 5', result);
    expect(result.counters).toBeGreaterThanOrEqual(0.9);
    expect(result.topics).toBeGreaterThanOrEqual(0.85);
  });

  it.each(uncoveredQuestions())('gives no advice from the table for a question no row covers: %s', (question) => {
    const result = engine.route(question, { national });
    expect(result.advice?.basis ?? null).not.toBe('table');
    expect(result.clarify).toBeNull();
  });
});
