/**
 * /ontvangst: the receiving counter looks up a referral by its code (typed, or from the QR code's
 * `?code=&tenant=`) and says what happened. "Doorverwezen" and "Niet voor ons" ask for the better
 * counter: a routing error the municipality's admin sees in the figures.
 *
 * Light DOM, so the page's stylesheet applies and the page stays one document for assistive
 * technology. Focus moves to what the user acts on next: the referral, the error, or the outcome.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import { ReactiveElement } from '../element/reactive-element';
import type { Referral } from '../../core/api/referrals';
import type { Bundle } from '../../core/bundle/bundle';
import type { Content } from '../../core/content/schema';
import { CONFIRMATION_STATUSES, needsBetterCounter, type ConfirmationStatus } from '../../core/referrals/referral';
import { findCounter, findTopic } from '../conversation/content';
import { focusRendered } from '../focus';
import { apiUrl, requestJson, type ApiResult } from '../referral/api-result';
import { compactCode, isCodeShaped } from '../referral/code';
import { formatDate } from '../text/format';
import { receiveMessagesForPage } from './receive-messages';
import { tenantIdFromName } from './tenant-name';

const t = receiveMessagesForPage();

const TENANT_KEY = 'loketwijzer:ontvangst:tenant';

type Field = 'tenant' | 'code' | 'better' | 'page';
type Phase = 'idle' | 'busy' | 'found' | 'saved';

function storedTenant(): string {
  try {
    return localStorage.getItem(TENANT_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeTenant(tenant: string): void {
  try {
    localStorage.setItem(TENANT_KEY, tenant);
  } catch {
    // The tenant is typed again next time.
  }
}

export class LoketOntvangst extends ReactiveElement {
  static override properties = {
    api: { type: String },
    tenant: { state: true },
    code: { state: true },
    phase: { state: true },
    error: { state: true },
    record: { state: true },
    content: { state: true },
    choice: { state: true },
    better: { state: true },
    editingTenant: { state: true },
  };

  /** Base URL of the API; the page's own origin by default. */
  declare api: string;
  declare private tenant: string;
  declare private code: string;
  declare private phase: Phase;
  declare private error: { field: Field; text: string } | null;
  declare private record: Referral | null;
  declare private content: Content | null;
  declare private choice: 'referred-on' | 'not-for-us' | null;
  declare private better: string;
  /** Staff type the municipality's name: no tenant known yet, or they chose "Andere gemeente". */
  declare private editingTenant: boolean;
  private focusId: string | null = null;

  constructor() {
    super();
    this.api = '';
    this.tenant = '';
    this.code = '';
    this.phase = 'idle';
    this.error = null;
    this.record = null;
    this.content = null;
    this.choice = null;
    this.better = '';
    this.editingTenant = true;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    // From the QR code's link, else the one this computer used last: shown by name, not asked again.
    this.tenant = tenantIdFromName(params.get('tenant') ?? '') || storedTenant();
    this.editingTenant = this.tenant === '';
    this.code = params.get('code')?.trim() ?? '';
    if (this.code && this.tenant) void this.lookup();
    else if (this.tenant) void this.loadContent(this.tenant);
  }

  /** The tenant's published content: its display name, counters and topics. */
  private async loadContent(tenant: string): Promise<boolean> {
    const bundle = await requestJson<Bundle>(apiUrl(this.base, tenant, '/bundle'), { cache: 'no-cache' });
    if (bundle.ok && tenant === this.tenant) this.content = bundle.data.content;
    return bundle.ok;
  }

  private get tenantName(): string {
    return this.content?.tenant.name ?? this.tenant;
  }

  private get base(): string {
    return this.api || location.origin;
  }

  protected override updated(): void {
    if (this.focusId && focusRendered(this, this.focusId)) this.focusId = null;
  }

  private fail(field: Field, text: string): void {
    this.error = { field, text };
    if (field === 'tenant') this.editingTenant = true;
    this.phase = this.record && field !== 'code' && field !== 'tenant' ? 'found' : 'idle';
    this.focusId = field === 'page' ? 'ontvangst-error' : `ontvangst-${field}`;
  }

  private failFromApi(result: Extract<ApiResult<unknown>, { ok: false }>): void {
    if (result.code === 'tenant_not_found') return this.fail('tenant', t.tenantNotFound);
    if (result.status === 404) return this.fail('code', t.notFound);
    if (result.status === 429) return this.fail('page', t.tooMany);
    if (result.status === 422 && result.message) return this.fail('page', result.message);
    this.fail('page', t.failed);
  }

  private async lookup(): Promise<void> {
    if (this.phase === 'busy') return;
    const tenant = tenantIdFromName(this.tenant);
    if (!tenant) return this.fail('tenant', this.tenant.trim() ? t.tenantNotFound : t.tenantMissing);
    if (!this.code.trim()) return this.fail('code', t.codeMissing);
    if (!isCodeShaped(this.code)) return this.fail('code', t.codeShape);
    this.phase = 'busy';
    this.error = null;
    this.record = null;
    this.choice = null;
    const code = compactCode(this.code);
    const [referral, bundle] = await Promise.all([
      requestJson<Referral>(apiUrl(this.base, tenant, `/referrals/${encodeURIComponent(code)}`)),
      this.content ? Promise.resolve(null) : requestJson<Bundle>(apiUrl(this.base, tenant, '/bundle'), { cache: 'no-cache' }),
    ]);
    // The referral lookup says only "unknown code" for a municipality it does not know; the bundle tells.
    if (bundle && !bundle.ok && bundle.code === 'tenant_not_found') return this.failFromApi(bundle);
    if (!referral.ok) return this.failFromApi(referral);
    if (bundle?.ok) this.content = bundle.data.content;
    storeTenant(tenant);
    this.tenant = tenant;
    this.editingTenant = false;
    this.record = referral.data;
    this.phase = 'found';
    this.focusId = 'ontvangst-referral';
  }

  private async mark(status: ConfirmationStatus): Promise<void> {
    const record = this.record;
    if (!record || this.phase === 'busy') return;
    if (needsBetterCounter(status) && !this.better) return this.fail('better', t.betterMissing);
    this.phase = 'busy';
    this.error = null;
    const body = needsBetterCounter(status) ? { status, betterCounterId: this.better } : { status };
    const result = await requestJson<Referral>(
      apiUrl(this.base, this.tenant, `/referrals/${encodeURIComponent(compactCode(record.code))}`),
      {
        method: 'PATCH',
        json: body,
      },
    );
    if (!result.ok) return this.failFromApi(result);
    this.record = result.data;
    this.phase = 'saved';
    this.focusId = 'ontvangst-result';
  }

  private choose(status: ConfirmationStatus): void {
    if (needsBetterCounter(status)) {
      this.choice = status as 'referred-on' | 'not-for-us';
      this.better = '';
      this.error = null;
      this.focusId = 'ontvangst-better';
    } else void this.mark(status);
  }

  private next(): void {
    this.code = '';
    this.record = null;
    this.choice = null;
    this.phase = 'idle';
    this.error = null;
    history.replaceState(null, '', location.pathname);
    this.focusId = 'ontvangst-code';
  }

  private counterName(id: string | null | undefined): string {
    if (!id) return '';
    return (this.content && findCounter(this.content, id))?.name ?? t.unknownName(id);
  }

  private topicTitle(id: string): string {
    return (this.content && findTopic(this.content, id))?.title.nl ?? t.unknownName(id);
  }

  private errorFor(field: Field): TemplateResult | typeof nothing {
    return this.error?.field === field ? html`<p class="field-error" id="ontvangst-${field}-error">${this.error.text}</p>` : nothing;
  }

  private describedBy(field: Field, hint: string): string {
    return this.error?.field === field ? `${hint} ontvangst-${field}-error` : hint;
  }

  private renderLookup(): TemplateResult {
    const showTenant = this.editingTenant || this.error?.field === 'tenant';
    return html`<section class="panel" aria-labelledby="ontvangst-lookup-title">
      <h2 id="ontvangst-lookup-title">${t.lookupTitle}</h2>
      <p>${t.intro}</p>
      <form
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.lookup();
        }}
      >
        ${
          showTenant
            ? html`<div class="form-field">
                <label class="label" for="ontvangst-tenant">${t.tenantLabel}</label>
                <p class="hint" id="ontvangst-tenant-hint">${t.tenantHint}</p>
                ${this.errorFor('tenant')}
                <input
                  id="ontvangst-tenant"
                  class="input"
                  name="tenant"
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby=${this.describedBy('tenant', 'ontvangst-tenant-hint')}
                  aria-invalid=${this.error?.field === 'tenant' ? 'true' : 'false'}
                  .value=${this.content?.tenant.name ?? this.tenant}
                  @input=${(event: InputEvent) => {
                    this.tenant = (event.target as HTMLInputElement).value;
                    this.content = null;
                  }}
                />
              </div>`
            : html`<p class="tenant-known">
                ${t.tenantKnown}: <strong>${this.tenantName}</strong>
                <button
                  type="button"
                  class="button button-secondary"
                  @click=${() => {
                    this.editingTenant = true;
                    this.focusId = 'ontvangst-tenant';
                  }}
                >
                  ${t.otherTenant}
                </button>
              </p>`
        }
        <div class="form-field">
          <label class="label" for="ontvangst-code">${t.codeLabel}</label>
          <p class="hint" id="ontvangst-code-hint">${t.codeHint}</p>
          ${this.errorFor('code')}
          <input
            id="ontvangst-code"
            class="input input-code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${this.describedBy('code', 'ontvangst-code-hint')}
            aria-invalid=${this.error?.field === 'code' ? 'true' : 'false'}
            .value=${this.code}
            @input=${(event: InputEvent) => (this.code = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button" aria-disabled=${this.phase === 'busy' ? 'true' : 'false'}>
          ${this.phase === 'busy' && !this.record ? t.looking : t.lookup}
        </button>
      </form>
    </section>`;
  }

  private renderBetter(choice: 'referred-on' | 'not-for-us'): TemplateResult {
    const counters = (this.content?.counters ?? []).filter((counter) => counter.id !== this.record?.counterId);
    return html`<form
      class="better"
      novalidate
      aria-labelledby="ontvangst-better-title"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.mark(choice);
      }}
    >
      <h3 id="ontvangst-better-title">${t.betterTitle[choice]}</h3>
      <p class="notice" id="ontvangst-better-explain">${t.betterExplain}</p>
      <div class="form-field">
        <label class="label" for="ontvangst-better">${t.betterLabel}</label>
        ${this.errorFor('better')}
        <select
          id="ontvangst-better"
          class="input"
          aria-describedby=${this.describedBy('better', 'ontvangst-better-explain')}
          aria-invalid=${this.error?.field === 'better' ? 'true' : 'false'}
          @change=${(event: Event) => (this.better = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.better === ''}>${t.betterChoose}</option>
          ${counters.map((counter) => html`<option value=${counter.id} ?selected=${this.better === counter.id}>${counter.name}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button">${t.confirm}</button>
        <button
          type="button"
          class="button button-secondary"
          @click=${() => {
            this.choice = null;
            this.error = null;
            this.focusId = `ontvangst-action-${choice}`;
          }}
        >
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }

  private renderRecord(record: Referral): TemplateResult {
    const saved = this.phase === 'saved';
    const statusName = t.statuses[record.status];
    return html`<section class="panel" aria-labelledby="ontvangst-referral">
      <h2 id="ontvangst-referral" tabindex="-1">${t.referralTitle(record.code)}</h2>
      <dl class="facts">
        <div>
          <dt>${t.topic}</dt>
          <dd lang="nl">${this.topicTitle(record.topicId)}</dd>
        </div>
        <div>
          <dt>${t.counter}</dt>
          <dd>${this.counterName(record.counterId)}</dd>
        </div>
        <div>
          <dt>${t.digitalHelp}</dt>
          <dd>${record.digitalHelp ? t.yes : t.no}</dd>
        </div>
        <div>
          <dt>${t.created}</dt>
          <dd>${formatDate(record.createdAt, t.locale)}</dd>
        </div>
        <div>
          <dt>${t.expires}</dt>
          <dd>${formatDate(record.expiresAt, t.locale)}</dd>
        </div>
        ${
          record.note
            ? html`<div>
                <dt>${t.note}</dt>
                <dd lang="nl" class="referral-note">${record.note}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t.status}</dt>
          <dd>${statusName}${record.betterCounterId ? ` (${this.counterName(record.betterCounterId)})` : ''}</dd>
        </div>
      </dl>
      ${
        saved
          ? html`<p class="result" id="ontvangst-result" tabindex="-1">
              ${record.betterCounterId ? t.savedBetter(statusName, this.counterName(record.betterCounterId)) : t.saved(statusName)}
            </p>`
          : nothing
      }
      ${this.renderChoices(record, saved)}
      ${saved ? html`<button type="button" class="button" @click=${() => this.next()}>${t.nextCode}</button>` : nothing}
    </section>`;
  }

  /**
   * What happened, as buttons. They stay after a status is saved (the page says it can still
   * change): "Aangekomen" first, then "Geholpen" or "Niet voor ons" on the spot, without the code again.
   */
  private renderChoices(record: Referral, saved: boolean): TemplateResult {
    const statuses = CONFIRMATION_STATUSES.filter((status) => !saved || status !== record.status);
    return html`<div role="group" aria-labelledby="ontvangst-actions-title" aria-describedby="ontvangst-actions-hint" class="choices">
        <h3 id="ontvangst-actions-title">${saved ? t.changeStatus : t.whatHappened}</h3>
        <p class="hint" id="ontvangst-actions-hint">${t.whatHappenedHint}</p>
        <div class="actions">
          ${statuses.map(
            (status) =>
              html`<button
                type="button"
                id="ontvangst-action-${status}"
                class=${needsBetterCounter(status) ? 'button button-secondary' : 'button'}
                aria-pressed=${needsBetterCounter(status) ? (this.choice === status ? 'true' : 'false') : nothing}
                aria-disabled=${this.phase === 'busy' ? 'true' : 'false'}
                @click=${() => this.choose(status)}
              >
                ${t.statuses[status]}
              </button>`,
          )}
        </div>
      </div>
      ${this.choice ? this.renderBetter(this.choice) : nothing}`;
  }

  override render(): TemplateResult {
    return html`${
      this.error?.field === 'page'
        ? html`<p class="notice notice-error" id="ontvangst-error" tabindex="-1">${this.error.text}</p>`
        : nothing
    }
    ${this.record ? this.renderRecord(this.record) : this.renderLookup()}`;
  }
}
