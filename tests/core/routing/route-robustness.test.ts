/**
 * The engine answers anything a desk or a resident can type, quickly, and never throws:
 * random unicode, emoji, long stories, a language mix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { createEngine } from '../../../core/routing/create-engine';
import { labelledQuestions } from './support/question-sets';
import { voorbeeldstad } from '../support/voorbeeldstad';

const engine = createEngine(voorbeeldstad());
const devWords = labelledQuestions('questions.dev.tsv').flatMap(({ question }) => question.split(' '));

/** Random strings of up to 500 characters, and sentences of real desk words with noise in between. */
const questions = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc
    .array(fc.oneof(fc.constantFrom(...devWords), fc.string({ maxLength: 12 })), { maxLength: 80 })
    .map((words) => words.join(' ').slice(0, 500)),
);

describe('route on any input', () => {
  it('never throws and always returns the RouteResult shape', () => {
    fc.assert(
      fc.property(questions, fc.constantFrom('nl' as const, 'en' as const), (question, lang) => {
        const result = engine.route(question, { lang });
        expect(RouteResultSchema.safeParse(result).success).toBe(true);
        expect(result.query).toBe(question.trim());
        expect(result.lang).toBe(lang);
        expect(result.advice !== null && result.clarify !== null).toBe(false);
        const optionCount = result.clarify?.options.length ?? 2;
        expect(optionCount).toBeGreaterThanOrEqual(2);
        expect(optionCount).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws in suggest', () => {
    fc.assert(
      fc.property(questions, (question) => {
        expect(Array.isArray(engine.suggest(question))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('answers a long question (400 to 500 characters) in well under 5 ms', () => {
    const longQuestions = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 400, maxLength: 500 }),
      fc.array(fc.constantFrom(...devWords), { minLength: 120, maxLength: 120 }).map((words) => words.join(' ').slice(0, 500)),
    );
    const samples = fc.sample(longQuestions, 200);
    for (const question of samples.slice(0, 20)) engine.route(question); // warm-up
    // Best of three per question: the engine's own cost, not the scheduler of a busy CI machine.
    const timings = samples.map((question) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        engine.route(question);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    });
    timings.sort((a, b) => a - b);
    const percentile = (p: number) => timings[Math.floor((timings.length - 1) * p)] ?? Infinity;
    expect(percentile(0.5)).toBeLessThan(2);
    expect(percentile(0.95)).toBeLessThan(5);
  });
});
