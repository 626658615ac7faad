/**
 * "Test de wegwijzer": any question answered by the draft and by the published version side by
 * side, the tenant's test questions run against both, and the list of test questions to edit.
 * Everything runs in the browser with the same engine as the desk.
 */
import { useMemo, useState } from 'preact/hooks';
import type { RouteResult } from '../../core/api/route-response';
import type { Content } from '../../core/content/schema';
import type { Engine } from '../../core/routing/engine';
import { DataTable, type Column } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { nameOf } from '../format/name-of';
import { nl } from '../i18n/nl';
import type { Outcome, QuestionResult } from '../preview/evaluate-questions';
import { outcomeOf, sameOutcome } from '../preview/evaluate-questions';
import { useDraftEngine, useEvaluation, usePublishedEngine } from '../preview/use-evaluation';
import { TestQuestionsEditor } from './test-questions-editor';
import { ViewHeader } from './view-header';

function counterNameIn(content: Content | undefined, id: string): string {
  return nameOf([content?.counters], id, (counter) => counter.name);
}

function topicTitleIn(content: Content | undefined, id: string): string {
  return nameOf([content?.topics], id, (topic) => topic.title.nl);
}

/** The topic, or what national and fallback advice rest on instead. */
function basisText(content: Content, advice: NonNullable<RouteResult['advice']>): string {
  if (advice.topicId !== null) return topicTitleIn(content, advice.topicId);
  return advice.product !== null ? nl.answerNational(advice.product.name) : nl.answerFallback;
}

function Answer({
  result,
  content,
  headingId,
  title,
  differs,
}: {
  result: RouteResult;
  content: Content;
  headingId: string;
  title: string;
  differs: boolean;
}) {
  return (
    <section class="answer" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {differs && <span class="badge badge-warning">{nl.answerDiffers}</span>}
      </h3>
      {result.advice ? (
        <dl class="answer-list">
          <dt>{nl.answerCounter}</dt>
          <dd class="answer-counter">{counterNameIn(content, result.advice.counterId)}</dd>
          <dt>{nl.answerTopic}</dt>
          <dd>{basisText(content, result.advice)}</dd>
          <dt>{nl.answerDigitalHelp}</dt>
          <dd>{result.advice.digitalHelp ? nl.yes : nl.no}</dd>
          <dt>{nl.answerReason}</dt>
          <dd>{result.advice.reason}</dd>
        </dl>
      ) : result.clarify ? (
        <div>
          <p class="answer-clarify">
            {nl.answerClarify}: {result.clarify.question}
          </p>
          <ul class="plain-list">
            {result.clarify.options.map((option) => (
              <li key={option.topicId}>
                {option.label} → {counterNameIn(content, option.counterId)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{nl.answerNone}</p>
      )}
    </section>
  );
}

function AskQuestion({
  draftEngine,
  publishedEngine,
  publishedVersion,
}: {
  draftEngine: Engine | null;
  publishedEngine: Engine | null;
  publishedVersion: number | null;
}) {
  const [question, setQuestion] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const draftResult = useMemo(() => (asked !== null && draftEngine ? draftEngine.route(asked) : null), [asked, draftEngine]);
  const publishedResult = useMemo(
    () => (asked !== null && publishedEngine ? publishedEngine.route(asked) : null),
    [asked, publishedEngine],
  );
  const differs = draftResult !== null && publishedResult !== null && !sameOutcome(outcomeOf(draftResult), outcomeOf(publishedResult));

  return (
    <section class="panel" aria-labelledby="ask-title">
      <h2 id="ask-title">{nl.testAskTitle}</h2>
      <form
        class="ask-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (question.trim() !== '') setAsked(question.trim());
        }}
      >
        <div class="field">
          <label class="field-label" for="test-question">
            {nl.testQuestion}
          </label>
          <input
            id="test-question"
            class="input"
            value={question}
            maxLength={500}
            onInput={(event) => setQuestion(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button-primary">
          {nl.testAsk}
        </button>
      </form>
      <div class="answers" aria-live="polite">
        {asked !== null && (
          <>
            {draftEngine && draftResult ? (
              <Answer result={draftResult} content={draftEngine.content} headingId="answer-draft" title={nl.testDraft} differs={differs} />
            ) : (
              <p class="notice notice-warning">{nl.testDraftInvalid}</p>
            )}
            {publishedEngine && publishedResult && publishedVersion !== null ? (
              <Answer
                result={publishedResult}
                content={publishedEngine.content}
                headingId="answer-published"
                title={nl.testPublished(publishedVersion)}
                differs={false}
              />
            ) : (
              <p class="notice">{nl.testNotPublished}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function describeOutcome(outcome: Outcome | null, content: Content | undefined): string {
  if (outcome === null) return nl.none;
  switch (outcome.kind) {
    case 'advice':
      return counterNameIn(content, outcome.counterId) + (outcome.digitalHelp ? nl.outcomeDigitalHelp : '');
    case 'clarify':
      return nl.outcomeClarify(outcome.counterIds.map((id) => counterNameIn(content, id)).join(' / '));
    case 'none':
      return nl.outcomeNone;
  }
}

function ResultsTable({
  results,
  draftContent,
  publishedContent,
}: {
  results: QuestionResult[];
  draftContent: Content | undefined;
  publishedContent: Content | undefined;
}) {
  const c = nl.testColumns;
  const columns: Column<QuestionResult>[] = [
    { key: 'question', header: c.question, rowHeader: true, class: 'cell-question', cell: (result) => result.question },
    { key: 'expected', header: c.expected, cell: (result) => counterNameIn(draftContent, result.expected) },
    { key: 'draft', header: c.draft, cell: (result) => describeOutcome(result.draft, draftContent) },
    { key: 'published', header: c.published, cell: (result) => describeOutcome(result.published, publishedContent) },
    {
      key: 'status',
      header: c.status,
      cell: (result) => <span class={`status status-${result.status}`}>{nl.testStatus[result.status]}</span>,
    },
  ];
  return (
    <DataTable
      captionId="results-caption"
      caption={nl.testResultsCaption}
      rows={results}
      rowKey={(_, index) => index}
      rowClass={(result) => `result-${result.status}`}
      columns={columns}
    />
  );
}

function QuestionResults({ draftEngine, publishedEngine }: { draftEngine: Engine | null; publishedEngine: Engine | null }) {
  const { testQuestions } = useAdmin();
  const evaluation = useEvaluation();
  const [onlyChanges, setOnlyChanges] = useState(true);

  let body;
  if (testQuestions.state.status === 'loading') body = <p>{nl.loading}</p>;
  else if (testQuestions.state.status === 'error') body = <ErrorNotice>{testQuestions.state.error.message}</ErrorNotice>;
  else if (draftEngine === null) body = <p class="notice notice-warning">{nl.testDraftInvalid}</p>;
  else if (evaluation === null || evaluation.counts.total === 0) body = <p>{nl.testQuestionsNone}</p>;
  else {
    const shown = onlyChanges ? evaluation.results.filter((r) => r.status !== 'ok') : evaluation.results;
    body = (
      <>
        <ul class="test-counts" id="test-counts">
          <li>{nl.testCountsTotal(evaluation.counts.total, evaluation.counts.pass, evaluation.counts.fail)}</li>
          {publishedEngine && (
            <li class={evaluation.counts.newFailures > 0 ? 'test-counts-bad' : undefined}>
              {nl.testCountsNewFailures(evaluation.counts.newFailures)}
            </li>
          )}
          {publishedEngine && <li>{nl.testCountsChanged(evaluation.counts.changed)}</li>}
        </ul>
        <div class="checkbox">
          <input
            id="only-changes"
            type="checkbox"
            checked={onlyChanges}
            onChange={(event) => setOnlyChanges(event.currentTarget.checked)}
          />
          <label for="only-changes">{nl.testOnlyChanges}</label>
        </div>
        {shown.length === 0 ? (
          <p>{nl.testNoRows}</p>
        ) : (
          <ResultsTable results={shown} draftContent={draftEngine.content} publishedContent={publishedEngine?.content} />
        )}
      </>
    );
  }
  return (
    <section class="panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{nl.testQuestionsTitle}</h2>
      <p>{nl.testQuestionsIntro}</p>
      {body}
    </section>
  );
}

export function TestPanel() {
  const { published } = useAdmin();
  const draftEngine = useDraftEngine();
  const publishedEngine = usePublishedEngine();
  const publishedVersion = published.state.status === 'ready' ? published.state.bundle.version : null;
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.testTitle} intro={nl.testIntro} />
      <AskQuestion draftEngine={draftEngine} publishedEngine={publishedEngine} publishedVersion={publishedVersion} />
      <QuestionResults draftEngine={draftEngine} publishedEngine={publishedEngine} />
      <TestQuestionsEditor />
    </section>
  );
}
