/**
 * The referral slip (verwijskaart): what the resident takes home. The same model feeds the
 * printed card and the plain text for the clipboard. It holds the question and the counters'
 * public details, never anything about the person.
 */
import type { Advice } from '../../core/api/route-response';
import type { Content, Counter, Lang, Location } from '../../core/content/schema';
import { formatWeekHours } from '../../core/hours';
import { adviceSteps, locationsOf } from '../conversation/content';
import type { DeskMessages } from '../i18n';
import { addressLine } from '../text/address-line';
import { formatDate } from '../text/format';

export interface SlipStep {
  /** "first"/"then" when the IDO helps with the online part before the topic's own counter. */
  order: 'only' | 'first' | 'then';
  counter: Counter;
  locations: Location[];
}

/** The recorded referral: its code, and the URL the receiving counter confirms it at. */
export interface SlipReferral {
  code: string;
  confirmUrl: string;
}

export interface Slip {
  question: string;
  tenantName: string;
  publishedAt: string;
  steps: SlipStep[];
  referral?: SlipReferral;
}

export function buildSlip(content: Content, publishedAt: string, advice: Advice, question: string, referral?: SlipReferral): Slip {
  const counters = adviceSteps(content, advice);
  return {
    ...(referral ? { referral: { code: referral.code, confirmUrl: referral.confirmUrl } } : {}),
    question,
    tenantName: content.tenant.name,
    publishedAt,
    steps: counters.map((counter, index) => ({
      order: counters.length === 1 ? 'only' : index === 0 ? 'first' : 'then',
      counter,
      locations: locationsOf(content, counter),
    })),
  };
}

export function stepLabel(step: SlipStep, t: DeskMessages): string {
  return step.order === 'first' ? t.slipFirst : step.order === 'then' ? t.slipThen : t.slipGoTo;
}

function counterTitle(counter: Counter): string {
  return counter.organisation ? `${counter.name} (${counter.organisation})` : counter.name;
}

/** The slip's last lines: where the information is from, and when the slip was made. */
export function slipDates(slip: Slip, t: DeskMessages, now: Date): [string, string] {
  return [t.slipInfoFrom(formatDate(slip.publishedAt, t.locale)), t.slipFooter(formatDate(now, t.locale))];
}

/** Plain text for the clipboard: readable in a text message, an e-mail or a note. */
export function slipText(slip: Slip, t: DeskMessages, lang: Lang, now: Date): string {
  const lines = [`${t.slipTitle} – ${slip.tenantName}`, ''];
  if (slip.referral) lines.push(`${t.slipCode}: ${slip.referral.code}`, t.slipCodeHint, '');
  lines.push(`${t.slipQuestion}: "${slip.question}"`);
  for (const step of slip.steps) {
    const { counter } = step;
    lines.push('', `${stepLabel(step, t)}: ${counterTitle(counter)}`);
    for (const location of step.locations) {
      lines.push(`  ${location.name}, ${addressLine(location)}`);
      lines.push(`  ${t.openingHours}: ${formatWeekHours(location.hours, lang)}`);
    }
    if (counter.phone) lines.push(`  ${t.phone}: ${counter.phone}`);
    if (counter.website) lines.push(`  ${t.website}: ${counter.website}`);
    lines.push(`  ${t.appointment}: ${t.appointmentKinds[counter.appointment]}`);
    if (counter.bring.length > 0) lines.push(`  ${t.bring}: ${counter.bring.join('; ')}`);
  }
  if (slip.referral) lines.push('', `${t.slipQrCaption} ${slip.referral.confirmUrl}`);
  lines.push('', ...slipDates(slip, t, now));
  return lines.join('\n');
}
