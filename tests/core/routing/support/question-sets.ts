/**
 * The question sets: what a desk hears, with the counter and topic the example table implies
 * (tab-separated, with a header row), and questions no row covers. The dev and extra sets sit
 * in tests/fixtures, the held-back and no-advice sets beside these tests.
 */
import { readFileSync } from 'node:fs';

export interface LabelledQuestion {
  question: string;
  counter: string;
  topic: string;
}

export type QuestionSet =
  | 'questions.dev.tsv'
  | 'questions.extra.tsv'
  | 'questions.holdout.tsv'
  | 'questions.blind.tsv'
  | 'blind-3.tsv'
  | 'blind-4.tsv'
  | 'blind-5.tsv';

const FOLDER: Record<QuestionSet | 'questions.negative.txt', string> = {
  'questions.dev.tsv': '../../../fixtures/',
  'questions.extra.tsv': '../../../fixtures/',
  'questions.holdout.tsv': '../fixtures/',
  'questions.blind.tsv': '../fixtures/',
  'blind-3.tsv': '../fixtures/',
  'blind-4.tsv': '../fixtures/',
  'blind-5.tsv': '../fixtures/',
  'questions.negative.txt': '../fixtures/',
};

const fixture = (name: keyof typeof FOLDER) => readFileSync(new URL(`${FOLDER[name]}${name}`, import.meta.url), 'utf8');

export function labelledQuestions(name: QuestionSet): LabelledQuestion[] {
  const [, ...rows] = fixture(name).trim().split('\n');
  return rows.map((row) => {
    const [question = '', counter = '', topic = ''] = row.split('\t');
    return { question, counter, topic };
  });
}

export function uncoveredQuestions(): string[] {
  return fixture('questions.negative.txt')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
