/**
 * The state of "Verwijzing vastleggen" on the desk: the desk it comes from (remembered per
 * browser), signal categories, the note and its checks, and the referral the server created.
 * It lives in the desk chunk; the element only tells it when the advice changes.
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { CreatedReferral } from '../../core/api/referrals';
import type { Advice } from '../../core/api/route-response';
import type { SourceDesk } from '../../core/content/schema';
import { focusRendered } from '../focus';
import { apiUrl, requestJson } from '../referral/api-result';
import { browserStorage } from '../referral/browser-storage';
import { rememberDesk, rememberedDesk } from '../referral/desk-memory';
import { noteProblem, referralRequest, type NoteProblem } from '../referral/referral';
import { qrImage, type QrImage } from '../referral/qr';
import { categorySignal } from '../signals/category-signal';
import { FIELD_IDS } from './referral-form';

/** The slip's code: focus goes there once a referral is recorded. */
export const SLIP_CODE_ID = 'lw-slip-code';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** Where the form's message belongs, so it sits next to its field and that field gets focus. */
export type FieldError =
  | { field: 'desk'; problem: 'missing' }
  | { field: 'signals'; problem: 'missing' }
  | { field: 'note'; problem: NoteProblem }
  /** The server's own explanation (422 personal_data), shown as it is. */
  | { field: 'note'; message: string }
  | { field: 'form'; problem: 'too-many' | 'daily-limit' | 'failed' }
  | { field: 'form'; message: string };

export interface ReferralTarget {
  api: string;
  tenant: string;
  advice: Advice;
}

export interface ReferralControllerOptions {
  /** Says something in the conversation log, the widget's one live region. */
  onRecorded: (what: 'referral' | 'signal') => void;
  fetch?: typeof globalThis.fetch;
}

export class ReferralController implements ReactiveController {
  deskId = '';
  signalIds: string[] = [];
  note = '';
  error: FieldError | null = null;
  busy: 'referral' | 'signal' | null = null;
  created: CreatedReferral | null = null;
  qr: QrImage | null = null;
  signalRecorded = false;
  /** Focused after the next render: the field with the error, or the code on the slip. */
  private focusId: string | null = null;
  private tenant = '';
  private readonly storage = browserStorage();

  constructor(
    private readonly host: Host,
    private readonly options: ReferralControllerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusId && focusRendered(this.host.renderRoot, this.focusId)) this.focusId = null;
  }

  /** Called with the tenant's desks whenever they may have changed; picks the remembered one. */
  useTenant(tenant: string, desks: readonly SourceDesk[]): void {
    if (tenant === this.tenant) return;
    this.tenant = tenant;
    this.deskId = rememberedDesk(this.storage, tenant, desks);
  }

  /** A new advice or a new resident: signals, note and code go; the desk stays. */
  reset(): void {
    this.signalIds = [];
    this.note = '';
    this.error = null;
    this.created = null;
    this.qr = null;
    this.signalRecorded = false;
    this.host.requestUpdate();
  }

  setDesk(deskId: string): void {
    this.deskId = deskId;
    rememberDesk(this.storage, this.tenant, deskId);
    if (this.error?.field === 'desk') this.error = null;
    this.host.requestUpdate();
  }

  toggleSignal(id: string, ticked: boolean): void {
    this.signalIds = ticked ? [...new Set([...this.signalIds, id])] : this.signalIds.filter((s) => s !== id);
    this.signalRecorded = false;
    if (this.error?.field === 'signals') this.error = null;
    this.host.requestUpdate();
  }

  setNote(note: string): void {
    this.note = note;
    this.host.requestUpdate();
  }

  private fail(error: FieldError): void {
    this.error = error;
    this.focusId = FIELD_IDS[error.field];
    this.busy = null;
    this.host.requestUpdate();
  }

  private serverError(status: number, code: string, message: string | undefined): void {
    if (status === 422 && code === 'personal_data' && message) this.fail({ field: 'note', message });
    else if (status === 429) this.fail({ field: 'form', problem: code === 'daily_limit_reached' ? 'daily-limit' : 'too-many' });
    else if (status >= 400 && status < 500 && message) this.fail({ field: 'form', message });
    else this.fail({ field: 'form', problem: 'failed' });
  }

  async record(target: ReferralTarget): Promise<void> {
    if (this.busy) return;
    if (!this.deskId) return this.fail({ field: 'desk', problem: 'missing' });
    const { advice } = target;
    if (advice.topicId === null) return;
    const problem = noteProblem(this.note);
    if (problem) return this.fail({ field: 'note', problem });
    this.busy = 'referral';
    this.error = null;
    this.host.requestUpdate();
    const result = await requestJson<CreatedReferral>(apiUrl(target.api, target.tenant, '/referrals'), {
      method: 'POST',
      json: referralRequest({ ...advice, topicId: advice.topicId }, this.deskId, this.signalIds, this.note),
      fetch: this.options.fetch,
    });
    if (!result.ok) return this.serverError(result.status, result.code, result.message);
    this.busy = null;
    this.created = result.data;
    this.focusId = SLIP_CODE_ID;
    this.options.onRecorded('referral');
    this.host.requestUpdate();
    try {
      this.qr = await qrImage(result.data.confirmUrl);
    } catch {
      // The code on the slip is enough; the QR code only saves typing.
      this.qr = null;
    }
    this.host.requestUpdate();
  }

  async recordSignalOnly(target: Omit<ReferralTarget, 'advice'>): Promise<void> {
    if (this.busy) return;
    if (this.signalIds.length === 0) return this.fail({ field: 'signals', problem: 'missing' });
    this.busy = 'signal';
    this.error = null;
    this.host.requestUpdate();
    const result = await requestJson<unknown>(apiUrl(target.api, target.tenant, '/signals'), {
      method: 'POST',
      json: categorySignal(this.signalIds, this.deskId || undefined),
      fetch: this.options.fetch,
    });
    if (!result.ok) return this.serverError(result.status, result.code, result.message);
    this.busy = null;
    // Recorded once: ticked again only for a new signal, so a referral after it does not count them twice.
    this.signalIds = [];
    this.signalRecorded = true;
    this.options.onRecorded('signal');
    this.host.requestUpdate();
  }
}
