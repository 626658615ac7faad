/**
 * Test questions from a tab-separated file with the header `question counter topic`, the format
 * of tests/fixtures/questions.dev.tsv. The seed script uses it to start Voorbeeldstad's list.
 */
import type { TestQuestion } from '../content/test-questions';

export function parseQuestionsTsv(text: string): TestQuestion[] {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = header.split('\t').map((name) => name.trim().toLowerCase());
  const at = (cells: string[], name: string) => (cells[columns.indexOf(name)] ?? '').trim();
  if (!columns.includes('question') || !columns.includes('counter')) {
    throw new Error('questions-tsv: the header must name the columns "question" and "counter"');
  }
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      const topicId = at(cells, 'topic');
      return { question: at(cells, 'question'), counterId: at(cells, 'counter'), ...(topicId !== '' && { topicId }) };
    });
}
