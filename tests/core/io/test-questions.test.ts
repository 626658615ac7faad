import { describe, expect, it } from 'vitest';
import { findTestQuestionIssues, parseTestQuestions } from '../../../core/content/test-questions';
import { voorbeeldstad } from '../support/voorbeeldstad';

describe('parseTestQuestions', () => {
  it('accepts questions with a counter and an optional topic, trimmed', () => {
    expect(
      parseTestQuestions({
        questions: [
          { question: '  ik heb schulden ', counterId: 'sociaal-loket', topicId: 'schulden' },
          { question: 'paspoort', counterId: 'burgerzaken' },
        ],
      }),
    ).toEqual({
      ok: true,
      questions: [
        { question: 'ik heb schulden', counterId: 'sociaal-loket', topicId: 'schulden' },
        { question: 'paspoort', counterId: 'burgerzaken' },
      ],
    });
  });

  it('refuses an empty question and a question over 500 characters, naming each path in Dutch', () => {
    const result = parseTestQuestions({
      questions: [
        { question: ' ', counterId: 'ido' },
        { question: 'a'.repeat(501), counterId: 'ido' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'questions.0.question', message: 'Typ een vraag.' },
        { path: 'questions.1.question', message: 'Een testvraag heeft hoogstens 500 tekens.' },
      ],
    });
  });

  it('refuses more than 500 questions', () => {
    const questions = Array.from({ length: 501 }, () => ({ question: 'paspoort', counterId: 'burgerzaken' }));
    expect(parseTestQuestions({ questions })).toEqual({
      ok: false,
      issues: [{ path: 'questions', message: 'U kunt hoogstens 500 testvragen bewaren.' }],
    });
  });
});

describe('findTestQuestionIssues', () => {
  it('names a counter or topic that the content does not have', () => {
    const issues = findTestQuestionIssues(
      [
        { question: 'ik heb schulden', counterId: 'sociaal-loket', topicId: 'schulden' },
        { question: 'x', counterId: 'loket-bestaat-niet', topicId: 'onderwerp-bestaat-niet' },
      ],
      voorbeeldstad(),
    );
    expect(issues).toEqual([
      { path: 'questions.1.counterId', message: 'Er is geen loket met de id "loket-bestaat-niet".' },
      { path: 'questions.1.topicId', message: 'Er is geen onderwerp met de id "onderwerp-bestaat-niet".' },
    ]);
  });
});
