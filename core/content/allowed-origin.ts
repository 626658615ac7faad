/**
 * The website addresses (origins) a tenant lets write referrals and signals from another site:
 * `https://www.voorbeeldstad.nl`, or `http://localhost:5173` while developing. Only scheme, host
 * and port, because a browser's `Origin` header never holds more and is compared as text.
 */
import { z } from 'zod';

export const MAX_ALLOWED_ORIGINS = 20;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What is wrong with an address, in Dutch B1; null when it is a usable origin. */
export function originProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Schrijf een volledig webadres, bijvoorbeeld https://www.voorbeeldstad.nl.';
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return 'Gebruik https://. Alleen een testadres op deze computer (http://localhost) mag met http://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Een webadres begint met https://.';
  if (url.username || url.password) return 'Laat de naam en het wachtwoord uit het adres weg.';
  if (url.origin !== text) {
    return `Schrijf alleen het begin van het adres, zonder / of pad aan het eind en in kleine letters: ${url.origin}`;
  }
  return null;
}

export const AllowedOriginSchema = z
  .string()
  .trim()
  .max(200)
  .superRefine((text, ctx) => {
    const problem = originProblem(text);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

export const AllowedOriginsSchema = z
  .array(AllowedOriginSchema)
  .max(MAX_ALLOWED_ORIGINS, `Zet hoogstens ${MAX_ALLOWED_ORIGINS} websites in de lijst.`)
  .superRefine((origins, ctx) => {
    origins.forEach((origin, index) => {
      if (origins.indexOf(origin) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: 'Dit adres staat al in de lijst.' });
      }
    });
  });

export const TenantSettingsSchema = z.object({
  /** Sites other than this worker's own pages that may record referrals and signals. */
  allowedOrigins: AllowedOriginsSchema.default([]),
  /** The counter for products that only the Rijk provides and the table lacks (the overheidsbreed loket). */
  nationalCounterId: z.string().optional(),
  /** The counter for real questions that neither the table nor the national list answers (e.g. 14 0xxx). */
  fallbackCounterId: z.string().optional(),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
