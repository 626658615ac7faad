/**
 * Edits of the tenant's settings: the websites that may send referrals and signals. A new address
 * is checked with the schema's own rules before it enters the draft, so the admin sees the
 * problem next to the field instead of after saving.
 */
import { AllowedOriginSchema, MAX_ALLOWED_ORIGINS } from '../../core/content/allowed-origin';
import type { Content } from '../../core/content/schema';
import { nl } from '../i18n/nl';

export function allowedOrigins(content: Content): readonly string[] {
  return content.settings?.allowedOrigins ?? [];
}

function withOrigins(content: Content, origins: string[]): Content {
  return { ...content, settings: { ...content.settings, allowedOrigins: origins } };
}

export type AddOriginResult = { ok: true; content: Content; origin: string } | { ok: false; message: string };

export function addAllowedOrigin(content: Content, typed: string): AddOriginResult {
  const current = allowedOrigins(content);
  if (typed.trim() === '') return { ok: false, message: nl.validation.required };
  const parsed = AllowedOriginSchema.safeParse(typed);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? nl.validation.required };
  const origin = parsed.data;
  if (current.includes(origin)) return { ok: false, message: nl.originTaken };
  if (current.length >= MAX_ALLOWED_ORIGINS) return { ok: false, message: nl.originsFull(MAX_ALLOWED_ORIGINS) };
  return { ok: true, content: withOrigins(content, [...current, origin]), origin };
}

export function removeAllowedOrigin(content: Content, index: number): Content {
  return withOrigins(
    content,
    allowedOrigins(content).filter((_, i) => i !== index),
  );
}
