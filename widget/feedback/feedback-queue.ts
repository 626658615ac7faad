/**
 * Corrections that wait in the browser until the API takes them. Each is stored in localStorage
 * (under a key per tenant) before it is sent and removed once the API accepted it or refused it
 * for good, so a closed tab, a dead network or a worker that is down loses none. One flush at a
 * time per tab, and per browser where Web Locks exist, so none is sent twice by the widget.
 * What waits is the request as the API gets it: a question without personal data, ids, a comment
 * checked for personal data; nothing about the resident or the member of staff.
 */
import type { FeedbackRequest } from './feedback-request';
import { requestJson, type ApiResult } from '../referral/api-result';
import { feedbackQueueKey } from './feedback-queue-key';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface QueuedFeedback {
  /** Unique within the queue: which entry a send removes. */
  key: string;
  url: string;
  body: FeedbackRequest;
}

/** What became of one correction: sent, waiting for the API, or refused with the API's message. */
export type Delivery = { status: 'sent' } | { status: 'queued' } | { status: 'refused'; code: string; message?: string };

/** A refusal that sending again would not change: the request itself is wrong. */
const isFinal = (result: ApiResult<unknown>) =>
  result.ok || (result.status >= 400 && result.status < 500 && result.status !== 429 && result.status !== 408);

export interface FeedbackQueueOptions {
  storage: Store | null;
  tenant: string;
  fetch?: typeof globalThis.fetch;
  /** Web Locks, so two tabs of one browser never send the same entry; absent in old browsers. */
  locks?: Pick<LockManager, 'request'>;
}

export class FeedbackQueue {
  private flushing: Promise<Map<string, Delivery>> | null = null;
  /** Used when storage is blocked: the queue still lives as long as the page. */
  private memory: QueuedFeedback[] = [];

  constructor(private readonly options: FeedbackQueueOptions) {}

  private get key(): string {
    return feedbackQueueKey(this.options.tenant);
  }

  entries(): QueuedFeedback[] {
    try {
      const stored = this.options.storage?.getItem(this.key);
      if (stored == null) return [...this.memory];
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? (parsed as QueuedFeedback[]) : [];
    } catch {
      return [...this.memory];
    }
  }

  private save(entries: QueuedFeedback[]): void {
    this.memory = entries;
    try {
      if (entries.length === 0) this.options.storage?.removeItem(this.key);
      else this.options.storage?.setItem(this.key, JSON.stringify(entries));
    } catch {
      // Full or blocked: the entries stay in memory for this page.
    }
  }

  get size(): number {
    return this.entries().length;
  }

  /** Stores the correction, then tries to send everything that waits; answers what became of it. */
  async submit(url: string, body: FeedbackRequest): Promise<Delivery> {
    const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    this.save([...this.entries(), { key, url, body }]);
    let deliveries = await this.flush();
    // A flush already under way did not see the new entry: one more.
    if (!deliveries.has(key)) deliveries = await this.flush();
    return deliveries.get(key) ?? { status: 'queued' };
  }

  /** Sends what waits, oldest first; stops at the first entry the API cannot take now. */
  flush(): Promise<Map<string, Delivery>> {
    this.flushing ??= this.withLock(() => this.sendAll()).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async withLock(send: () => Promise<Map<string, Delivery>>): Promise<Map<string, Delivery>> {
    const { locks } = this.options;
    return locks ? await locks.request(this.key, send) : send();
  }

  private async sendAll(): Promise<Map<string, Delivery>> {
    const deliveries = new Map<string, Delivery>();
    for (const entry of this.entries()) {
      const result = await requestJson<unknown>(entry.url, {
        method: 'POST',
        json: entry.body,
        fetch: this.options.fetch,
        keepalive: true,
      });
      if (!isFinal(result)) {
        deliveries.set(entry.key, { status: 'queued' });
        break;
      }
      // Read again: another call may have added entries meanwhile.
      this.save(this.entries().filter((other) => other.key !== entry.key));
      deliveries.set(entry.key, result.ok ? { status: 'sent' } : { status: 'refused', code: result.code, message: result.message });
    }
    return deliveries;
  }
}
