/**
 * The state of "Klopt dit niet?" (desk) and "Had u hier iets aan?" (resident) for the answer on
 * screen: the choice of the right counter, topic and comment, and what became of the correction.
 * Corrections go through the FeedbackQueue, so offline they wait and are sent when the API is back.
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { Advice } from '../../core/api/route-response';
// The module itself, not the index: the index brings the reduction and its word list.
import { findPersonalData, type PersonalDataKind } from '../../core/privacy/find-personal-data';
import { focusRendered } from '../focus';
import { apiUrl } from '../referral/api-result';
import { browserStorage } from '../referral/browser-storage';
import { FeedbackQueue } from './feedback-queue';
import { feedbackRequest, givenOf } from './feedback-request';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** The answer a correction is about. */
export interface Answered {
  /** Counts up with every answer, so a new answer starts a new correction. */
  id: number;
  question: string;
  advice: Advice | null;
}

export type FeedbackStep =
  /** Resident: "Had u hier iets aan? Ja / Nee"; desk: the "Klopt dit niet?" button. */
  | 'ask'
  | 'form'
  /** Resident said yes. */
  | 'helped'
  | 'sent'
  | 'queued';

export type FeedbackError = { field: 'counter' } | { field: 'comment'; found: PersonalDataKind } | { field: 'form'; message?: string };

export const FEEDBACK_IDS = {
  filter: 'lw-fb-filter',
  counter: 'lw-fb-counters',
  comment: 'lw-fb-comment',
  form: 'lw-fb-error',
  done: 'lw-fb-done',
} as const;

/** How often waiting corrections are tried again while the page stays open. */
const RETRY_MS = 30_000;

export interface FeedbackControllerOptions {
  /** Says the outcome in the conversation log, the widget's one live region. */
  onDone: (outcome: 'sent' | 'queued') => void;
  fetch?: typeof globalThis.fetch;
}

export class FeedbackController implements ReactiveController {
  step: FeedbackStep = 'ask';
  filter = '';
  counterId = '';
  topicId = '';
  comment = '';
  error: FeedbackError | null = null;
  busy = false;
  private answered: Answered | null = null;
  private api = '';
  private tenant = '';
  private queue: FeedbackQueue | null = null;
  private focusId: string | null = null;
  private retry: ReturnType<typeof setInterval> | undefined;
  private readonly onOnline = () => void this.flush();

  constructor(
    private readonly host: Host,
    private readonly options: FeedbackControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    clearInterval(this.retry);
    this.retry = undefined;
  }

  hostUpdated(): void {
    if (this.focusId && focusRendered(this.host.renderRoot, this.focusId)) this.focusId = null;
  }

  /** Called on every render with where to send and the answer on screen. */
  use(api: string, tenant: string, answered: Answered | null): void {
    if (api !== this.api || tenant !== this.tenant) {
      this.api = api;
      this.tenant = tenant;
      this.queue = new FeedbackQueue({ storage: browserStorage(), tenant, fetch: this.options.fetch, locks: globalThis.navigator?.locks });
      // What waited from an earlier visit goes now.
      void this.flush();
    }
    if (answered?.id !== this.answered?.id) {
      this.answered = answered;
      this.reset();
    }
  }

  get answer(): Answered | null {
    return this.answered;
  }

  private reset(): void {
    this.step = 'ask';
    this.filter = '';
    this.counterId = '';
    this.topicId = '';
    this.comment = '';
    this.error = null;
    this.busy = false;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  open(): void {
    this.step = 'form';
    this.focusId = FEEDBACK_IDS.filter;
    this.update();
  }

  helped(): void {
    this.step = 'helped';
    this.focusId = FEEDBACK_IDS.done;
    this.update();
  }

  cancel(): void {
    this.reset();
    this.update();
  }

  setFilter(filter: string): void {
    this.filter = filter;
    this.update();
  }

  setCounter(counterId: string): void {
    this.counterId = counterId;
    // A topic belongs to a counter: another counter, another choice.
    this.topicId = '';
    if (this.error?.field === 'counter') this.error = null;
    this.update();
  }

  setTopic(topicId: string): void {
    this.topicId = topicId;
    this.update();
  }

  setComment(comment: string): void {
    this.comment = comment;
    if (this.error?.field === 'comment') this.error = null;
    this.update();
  }

  private fail(error: FeedbackError): void {
    this.error = error;
    this.focusId = error.field === 'counter' ? FEEDBACK_IDS.filter : FEEDBACK_IDS[error.field];
    this.busy = false;
    this.update();
  }

  /** The desk names the right counter; a resident may not know it and may send without. */
  async send(mode: 'desk' | 'resident', sourceDeskId = ''): Promise<void> {
    const answered = this.answered;
    if (this.busy || !answered || !this.queue) return;
    if (mode === 'desk' && !this.counterId) return this.fail({ field: 'counter' });
    const [found] = findPersonalData(this.comment);
    if (found) return this.fail({ field: 'comment', found: found.kind });
    this.busy = true;
    this.error = null;
    this.update();
    const choice = { counterId: this.counterId, topicId: this.topicId, comment: this.comment, sourceDeskId };
    const body = feedbackRequest(answered.question, givenOf(answered.advice), choice, mode);
    const delivery = await this.queue.submit(apiUrl(this.api, this.tenant, '/feedback'), body);
    if (answered !== this.answered) return;
    if (delivery.status === 'refused') return this.fail({ field: 'form', message: delivery.message });
    this.busy = false;
    this.step = delivery.status;
    this.focusId = FEEDBACK_IDS.done;
    if (delivery.status === 'queued') this.keepTrying();
    this.options.onDone(delivery.status);
    this.update();
  }

  /** Sends what waits; while anything does, tries again now and then. */
  async flush(): Promise<void> {
    const queue = this.queue;
    if (!queue || queue.size === 0) return;
    await queue.flush();
    if (queue.size > 0) this.keepTrying();
    else {
      clearInterval(this.retry);
      this.retry = undefined;
    }
  }

  private keepTrying(): void {
    this.retry ??= setInterval(() => void this.flush(), RETRY_MS);
  }
}
