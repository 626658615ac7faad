/** Small formatters shared by the advice card, the slip and its plain-text copy. */
import type { TimeRange } from '../../core/hours';
import { TIME_ZONE } from '../../core/hours/time-zone';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** One per locale, created on first use: constructing a formatter costs more than using it. */
function dateFormatter(locale: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    dateFormatters.set(locale, formatter);
  }
  return formatter;
}

/** "28 november 2026" / "28 November 2026", in Amsterdam time. */
export function formatDate(value: string | Date, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormatter(locale).format(date);
}

/** "0999 123 400" → "tel:0999123400". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "https://www.juridischloket.nl/" → "www.juridischloket.nl": readable link text. */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function rangesText(ranges: readonly TimeRange[]): string {
  return ranges.map((range) => `${range.opens}–${range.closes}`).join(', ');
}
