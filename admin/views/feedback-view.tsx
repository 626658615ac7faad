/**
 * "Meldingen": the queue of corrections, grouped with a count, newest first, filterable by
 * counter. Every role reads it; an editor accepts (as a test question), adds keywords to the
 * draft, or dismisses. The audit log records what is done.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FeedbackItem, FeedbackStatus } from '../api/client';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { useDraftEngine } from '../preview/use-evaluation';
import { updateItem } from '../state/content-edits';
import { FeedbackItemCard } from './feedback-item';
import { ViewHeader } from './view-header';

const m = nl.feedback;
const STATUSES: FeedbackStatus[] = ['open', 'accepted', 'dismissed'];

/** The item concerns the counter: its advice was corrected, or it is the one staff named instead. */
const concerns = (item: FeedbackItem, counterId: string) => item.given.counterId === counterId || item.expected?.counterId === counterId;

export function FeedbackView() {
  const { api, canEdit, draft, testQuestions, announce, dataChanged, revision } = useAdmin();
  const draftEngine = useDraftEngine();
  const [status, setStatus] = useState<FeedbackStatus>('open');
  const [counterId, setCounterId] = useState('');
  const [items, setItems] = useState<FeedbackItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const content = draft.state.edited;

  useEffect(() => {
    let cancelled = false;
    void api.listFeedback(status).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setItems(result.data.items);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [api, status, revision, reloads]);

  const shown = useMemo(() => (items ?? []).filter((item) => counterId === '' || concerns(item, counterId)), [items, counterId]);

  if (content === null) return null;

  const accept = async (item: FeedbackItem, addTestQuestion: boolean) => {
    const result = await api.updateFeedback(item.id, { status: 'accepted', addTestQuestion });
    if (!result.ok) return announce(result.error.issues?.[0]?.message ?? result.error.message);
    if (addTestQuestion) await testQuestions.reload();
    dataChanged();
    setReloads((n) => n + 1);
    announce(addTestQuestion ? m.addedTestQuestion : m.accepted);
  };

  const dismiss = async (item: FeedbackItem, reason: string) => {
    const result = await api.updateFeedback(item.id, reason ? { status: 'dismissed', reason } : { status: 'dismissed' });
    if (!result.ok) return announce(result.error.issues?.[0]?.message ?? result.error.message);
    dataChanged();
    setReloads((n) => n + 1);
    announce(m.dismissed);
  };

  const addKeyword = (topicId: string, word: string) => {
    const index = content.topics.findIndex((topic) => topic.id === topicId);
    const topic = content.topics[index];
    if (!topic) return;
    draft.edit((current) =>
      updateItem(current, 'topics', index, (t) => (t.keywords.includes(word) ? t : { ...t, keywords: [...t.keywords, word] })),
    );
    announce(m.keywordAdded(word, topic.title.nl));
  };

  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={m.title} intro={m.intro} />
      {!canEdit && <p class="notice">{m.readOnly}</p>}
      <div class="toolbar">
        <div class="field">
          <label class="field-label" for="feedback-status">
            {m.status}
          </label>
          <select
            id="feedback-status"
            class="input"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as FeedbackStatus)}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {m.statuses[value]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="feedback-counter">
            {m.counterFilter}
          </label>
          <select id="feedback-counter" class="input" value={counterId} onChange={(event) => setCounterId(event.currentTarget.value)}>
            <option value="">{m.allCounters}</option>
            {content.counters.map((counter) => (
              <option key={counter.id} value={counter.id}>
                {counter.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {items === null && !error && <p>{nl.loading}</p>}
      {items !== null && shown.length === 0 && <p>{counterId === '' ? m.none : m.noneForCounter}</p>}
      {shown.length > 0 && (
        <ul class="plain-list feedback-list">
          {shown.map((item) => (
            <li key={item.id}>
              <FeedbackItemCard
                item={item}
                content={content}
                draftEngine={draftEngine}
                onAccept={accept}
                onDismiss={dismiss}
                onAddKeyword={addKeyword}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
