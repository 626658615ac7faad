/**
 * One item of the Meldingen queue: the question, how often and when it was reported, what the
 * assistant said, what staff said instead, and what the draft says now (routed in the browser as
 * the test panel does). An editor adds it as a test question, adds the words the expected topic
 * lacks as keywords to the draft, or dismisses it with a reason.
 */
import { useState } from 'preact/hooks';
import type { Content } from '../../core/content/schema';
import type { FeedbackItem, Given } from '../../core/feedback/feedback';
import { missingKeywords } from '../../core/feedback/missing-keywords';
import type { Engine } from '../../core/routing/engine';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { nameOf } from '../format/name-of';
import { nl } from '../i18n/nl';
import { outcomeOf, type Outcome } from '../preview/evaluate-questions';

const m = nl.feedback;

interface FeedbackItemCardProps {
  item: FeedbackItem;
  content: Content;
  draftEngine: Engine | null;
  onAccept: (item: FeedbackItem, addTestQuestion: boolean) => Promise<void>;
  onDismiss: (item: FeedbackItem, reason: string) => Promise<void>;
  onAddKeyword: (topicId: string, word: string) => void;
}

const counterName = (content: Content, id: string) => nameOf([content.counters], id, (counter) => counter.name);
const topicTitle = (content: Content, id: string) => nameOf([content.topics], id, (topic) => topic.title.nl);

function describeGiven(content: Content, given: Given): string {
  if (given.counterId === null) return m.noAdvice;
  const parts = [counterName(content, given.counterId)];
  if (given.topicId !== null) parts.push(topicTitle(content, given.topicId));
  if (given.basis !== null) parts.push(m.basis[given.basis]);
  return parts.join(' · ');
}

function describeOutcome(content: Content, outcome: Outcome): string {
  switch (outcome.kind) {
    case 'advice':
      return outcome.topicId === null
        ? counterName(content, outcome.counterId)
        : `${counterName(content, outcome.counterId)} · ${topicTitle(content, outcome.topicId)}`;
    case 'clarify':
      return nl.outcomeClarify(outcome.counterIds.map((id) => counterName(content, id)).join(' / '));
    case 'none':
      return nl.outcomeNone;
  }
}

function DraftAnswer({ item, content, engine }: { item: FeedbackItem; content: Content; engine: Engine | null }) {
  if (item.question === null) return <dd>{nl.none}</dd>;
  if (engine === null) return <dd>{m.draftInvalid}</dd>;
  const outcome = outcomeOf(engine.route(item.question));
  const right = item.expected !== null && outcome.kind === 'advice' && outcome.counterId === item.expected.counterId;
  return (
    <dd class="feedback-draft">
      {describeOutcome(content, outcome)}
      {item.expected !== null && <span class={`badge ${right ? '' : 'badge-warning'}`}>{right ? m.draftRight : m.draftWrong}</span>}
    </dd>
  );
}

function Keywords({ item, content, onAdd }: { item: FeedbackItem; content: Content; onAdd: (topicId: string, word: string) => void }) {
  const topicId = item.expected?.topicId;
  const topic = topicId === undefined ? undefined : content.topics.find((candidate) => candidate.id === topicId);
  if (item.question === null || topic === undefined) return null;
  const words = missingKeywords(item.question, topic);
  if (words.length === 0) return null;
  const title = topic.title.nl;
  return (
    <div class="feedback-keywords">
      <p class="field-label">{m.keywordsTitle(title)}</p>
      <p class="field-hint">{m.keywordsHint}</p>
      <ul class="chip-list">
        {words.map((word) => (
          <li key={word}>
            <button
              type="button"
              class="button button-small"
              aria-label={m.addKeywordLabel(word, title)}
              onClick={() => onAdd(topic.id, word)}
            >
              {m.addKeyword(word)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Dismiss({ item, onDismiss }: { item: FeedbackItem; onDismiss: (item: FeedbackItem, reason: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const id = `dismiss-${item.id}`;
  if (!open) {
    return (
      <button type="button" class="button" onClick={() => setOpen(true)}>
        {m.dismiss}
      </button>
    );
  }
  return (
    <form
      class="feedback-dismiss"
      onSubmit={(event) => {
        event.preventDefault();
        void onDismiss(item, reason.trim());
      }}
    >
      <div class="field">
        <label class="field-label" for={id}>
          {m.dismissReason}
        </label>
        <input id={id} class="input" maxLength={280} value={reason} onInput={(event) => setReason(event.currentTarget.value)} autoFocus />
      </div>
      <button type="submit" class="button">
        {m.dismissConfirm}
      </button>
      <button type="button" class="button" onClick={() => setOpen(false)}>
        {m.dismissCancel}
      </button>
    </form>
  );
}

export function FeedbackItemCard({ item, content, draftEngine, onAccept, onDismiss, onAddKeyword }: FeedbackItemCardProps) {
  const { canEdit } = useAdmin();
  const headingId = `feedback-${item.id}`;
  const canTest = item.question !== null && item.expected !== null;
  return (
    <article class="panel feedback-item" aria-labelledby={headingId}>
      <h2 id={headingId} class="feedback-question">
        {item.question ?? m.noQuestion}
      </h2>
      <p class="feedback-meta">
        <span class="badge feedback-count">{m.count(item.count)}</span>{' '}
        {m.period(formatDateTime(item.firstAt), formatDateTime(item.lastAt))}
        {' · '}
        {m.from(item.sources.map((source) => m.sources[source]).join(', '))}
      </p>
      <dl class="answer-list">
        <dt>{m.given}</dt>
        <dd>{describeGiven(content, item.given)}</dd>
        <dt>{m.expected}</dt>
        <dd class="feedback-expected">
          {item.expected === null
            ? m.noExpected
            : [
                counterName(content, item.expected.counterId),
                ...(item.expected.topicId ? [topicTitle(content, item.expected.topicId)] : []),
              ].join(' · ')}
        </dd>
        <dt>{m.draftNow}</dt>
        <DraftAnswer item={item} content={content} engine={draftEngine} />
        {item.comments.length > 0 && (
          <>
            <dt>{m.comments}</dt>
            <dd>
              <ul class="plain-list">
                {item.comments.map((comment, i) => (
                  <li key={i}>{comment}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {item.reason && <p>{m.reason(item.reason)}</p>}
      {/* Accepted, the table may still need the words: the test question fails until it has them. */}
      {canEdit && item.status !== 'dismissed' && <Keywords item={item} content={content} onAdd={onAddKeyword} />}
      {canEdit && item.status === 'open' && (
        <>
          <div class="feedback-actions">
            {canTest && (
              <button type="button" class="button button-primary" onClick={() => void onAccept(item, true)}>
                {m.addTestQuestion}
              </button>
            )}
            <button type="button" class="button" onClick={() => void onAccept(item, false)}>
              {m.accept}
            </button>
            <Dismiss item={item} onDismiss={onDismiss} />
          </div>
        </>
      )}
    </article>
  );
}
