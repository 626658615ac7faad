import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTestQuestionIssues } from '../../../core/content/test-questions';
import { parseQuestionsTsv } from '../../../core/io/questions-tsv';
import { voorbeeldstad } from '../support/voorbeeldstad';

const devQuestions = () => readFileSync(new URL('../../fixtures/questions.dev.tsv', import.meta.url), 'utf8');

describe('parseQuestionsTsv', () => {
  it('reads the dev questions with their counter and topic', () => {
    const questions = parseQuestionsTsv(devQuestions());
    expect(questions).toHaveLength(49);
    expect(questions[0]).toEqual({ question: 'Mevrouw wil een DigiD aanvragen', counterId: 'ido', topicId: 'digid-aanvragen' });
  });

  it('gives dev questions that Voorbeeldstad can answer: every counter and topic exists', () => {
    expect(findTestQuestionIssues(parseQuestionsTsv(devQuestions()), voorbeeldstad())).toEqual([]);
  });

  it('leaves the topic out when its cell is empty, and skips empty lines', () => {
    expect(parseQuestionsTsv('question\tcounter\ttopic\r\nWaar moet ik heen?\tido\t\r\n\r\n')).toEqual([
      { question: 'Waar moet ik heen?', counterId: 'ido' },
    ]);
  });

  it('refuses a file without the question and counter columns', () => {
    expect(() => parseQuestionsTsv('vraag\tloket\nx\tido')).toThrow(/question/);
  });
});
