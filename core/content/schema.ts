/**
 * The content of one tenant: its division-of-tasks table (topics), the counters they point to,
 * the locations with weekly opening hours, and the lists that desks pick from.
 *
 * Field names follow ../shared/domain/voorbeeldstad.json, because other tools edit that JSON shape.
 * This module uses classic zod: import it only from the worker, the admin app, scripts and tests.
 * The widget imports the types alone (`import type`), which costs it nothing.
 */
import { z } from 'zod';
import { TenantSettingsSchema } from './allowed-origin';
import { checkCrossReferences } from './cross-references';
import { ID_MAX_LENGTH, ID_PATTERN } from './id';

export const LANGS = ['nl', 'en'] as const;

export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const DaySchema = z.enum(DAYS);
export type Day = z.infer<typeof DaySchema>;

/** Lower-case words joined by single hyphens: safe in URLs, CSV and D1 keys. */
export const IdSchema = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'Gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "sociaal-loket").');

/** "HH:MM" on a 24-hour clock; "24:00" closes at midnight. */
export const TimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Schrijf een tijd als UU:MM, bijvoorbeeld 09:30.');

const text = (max: number) => z.string().trim().min(1).max(max);

export const TranslatedTextSchema = z.object({
  nl: text(300),
  en: text(300),
});

export const OpeningHoursSchema = z
  .object({
    days: z.array(DaySchema).min(1),
    opens: TimeSchema,
    closes: TimeSchema,
  })
  .refine((h) => h.opens < h.closes, {
    message: 'De sluitingstijd moet later zijn dan de openingstijd.',
    path: ['closes'],
  });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const AddressSchema = z.object({
  street: text(120),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4} ?[A-Z]{2}$/, 'Schrijf een postcode als 1234 AB.'),
  city: text(80),
});

export const LocationSchema = z.object({
  id: IdSchema,
  name: text(120),
  address: AddressSchema,
  hours: z.array(OpeningHoursSchema),
  accessibility: z.string().trim().max(300).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const COUNTER_KINDS = ['ido', 'overheidsbreed-loket', 'sociaal-loket', 'gemeente-balie', 'extern'] as const;
export const APPOINTMENT_KINDS = ['not-needed', 'required', 'walk-in-or-appointment', 'phone-or-online'] as const;

export const CounterSchema = z.object({
  id: IdSchema,
  kind: z.enum(COUNTER_KINDS),
  name: text(120),
  organisation: z.string().trim().max(200).optional(),
  summary: text(600),
  helpsWith: z.array(text(200)),
  doesNot: z.array(text(200)),
  locationIds: z.array(IdSchema),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +()-]{3,20}$/, 'Schrijf een telefoonnummer met alleen cijfers, spaties en +.')
    .optional(),
  email: z.email('Dit is geen geldig e-mailadres.').optional(),
  website: z.url({ protocol: /^https?$/, error: 'Schrijf een webadres dat begint met https://.' }).optional(),
  appointment: z.enum(APPOINTMENT_KINDS),
  bring: z.array(text(200)),
  handover: z.string().trim().max(600).optional(),
});
export type Counter = z.infer<typeof CounterSchema>;

export const TopicSchema = z.object({
  id: IdSchema,
  domain: text(80),
  title: TranslatedTextSchema,
  /** Words and phrases, in Dutch or English, that residents and staff use for this topic. */
  keywords: z.array(text(120)),
  /** The counter that handles this type of question. */
  counter: IdSchema,
  /** The counter that helps with the online part when the resident cannot do it alone (usually the IDO). */
  digitalHelp: IdSchema.optional(),
  /** The national products (UPL URIs) this topic covers: those never go to the national layer. */
  uplUris: z.array(z.string().trim().url().max(200)).max(20).optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const RecognitionCueSchema = z.object({
  id: IdSchema,
  text: TranslatedTextSchema,
  suggests: IdSchema,
});
export type RecognitionCue = z.infer<typeof RecognitionCueSchema>;

export const SourceDeskSchema = z.object({ id: IdSchema, name: text(120) });
export type SourceDesk = z.infer<typeof SourceDeskSchema>;

export const SignalCategorySchema = z.object({ id: IdSchema, name: text(120) });
export type SignalCategory = z.infer<typeof SignalCategorySchema>;

export const TenantInfoSchema = z.object({
  id: IdSchema,
  name: text(120),
  languages: z.array(LangSchema).min(1).default(['nl', 'en']),
  library: z.string().trim().max(200).optional(),
  /** The province the municipality lies in: the `state_province` of its addresses in HSDS. */
  province: z.enum(PROVINCES).optional(),
});
export type TenantInfo = z.infer<typeof TenantInfoSchema>;

export const ContentSchema = z
  .object({
    about: z.string().max(2000).optional(),
    tenant: TenantInfoSchema,
    principles: z.array(z.string().trim().min(1).max(1000)).default([]),
    counters: z.array(CounterSchema).min(1),
    locations: z.array(LocationSchema),
    topics: z.array(TopicSchema).min(1),
    recognitionCues: z.array(RecognitionCueSchema).default([]),
    sourceDesks: z.array(SourceDeskSchema).default([]),
    signalCategories: z.array(SignalCategorySchema).default([]),
    /** Which other websites may write referrals and signals; none when absent. */
    settings: TenantSettingsSchema.optional(),
  })
  .superRefine(checkCrossReferences);
export type Content = z.infer<typeof ContentSchema>;
/** What a client may send: defaults not yet applied. */
export type ContentInput = z.input<typeof ContentSchema>;
