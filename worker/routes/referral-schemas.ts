/** Request schemas of the referral and signal endpoints, shared by their routes. */
import { z } from '@hono/zod-openapi';
import { CONFIRMATION_STATUSES, NOTE_MAX_LENGTH } from '../../core/referrals/referral';

const MAX_ID_LENGTH = 100;
const MAX_IDS = 20;

export function idField(what: string) {
  return z
    .string({ error: `Kies ${what}.` })
    .min(1, `Kies ${what}.`)
    .max(MAX_ID_LENGTH, `Een id heeft hoogstens ${MAX_ID_LENGTH} tekens.`);
}

export const IdListSchema = z.array(z.string().max(MAX_ID_LENGTH)).max(MAX_IDS, `Kies hoogstens ${MAX_IDS}.`);

export const CreateReferralSchema = z
  .object({
    topicId: idField('een onderwerp').openapi({ example: 'digid-aanvragen' }),
    counterId: idField('een loket').openapi({ example: 'ido' }),
    sourceDeskId: idField('uw balie').openapi({ example: 'algemene-balie' }),
    digitalHelp: z.boolean().optional().openapi({ description: 'The resident goes for help with the online part.' }),
    signalIds: IdListSchema.optional().openapi({ description: 'Signal categories ticked at the desk.', example: ['digid-probleem'] }),
    note: z
      .string()
      .max(NOTE_MAX_LENGTH, `Een notitie heeft hoogstens ${NOTE_MAX_LENGTH} tekens.`)
      .nullable()
      .optional()
      .openapi({ description: 'Short note for the receiving counter. Refused (422 `personal_data`) when it holds personal data.' }),
  })
  .openapi('ReferralRequest');

export const UpdateReferralSchema = z
  .object({
    status: z.enum(CONFIRMATION_STATUSES, { error: 'Kies arrived, helped, referred-on of not-for-us.' }),
    betterCounterId: idField('het loket dat beter past')
      .nullable()
      .optional()
      .openapi({ description: 'Required with referred-on and not-for-us: a counter of the tenant other than the referral’s.' }),
  })
  .openapi('ReferralStatusRequest');

export const CodeParamsSchema = z.object({
  code: z
    .string()
    .max(40)
    .openapi({
      param: { name: 'code', in: 'path' },
      description: 'The code from the slip, with or without hyphen or spaces, in any case.',
      example: 'K7M2X-R9PQZ',
    }),
});

const QuestionSignalSchema = z.object({
  kind: z.enum(['unanswered', 'clarify-abandoned']),
  question: z
    .string()
    .max(500, 'Een vraag heeft hoogstens 500 tekens.')
    .nullable()
    .optional()
    .openapi({ description: 'Stored only when it holds no personal data; otherwise only the fact is kept.' }),
  mode: z.enum(['desk', 'resident']),
  topicIds: IdListSchema.optional().openapi({ description: 'The topics offered, e.g. the options of an abandoned clarification.' }),
});

const CategorySignalSchema = z.object({
  kind: z.literal('category'),
  signalIds: IdListSchema.min(1, 'Kies minstens één signaal.'),
  sourceDeskId: idField('uw balie').optional(),
  mode: z.enum(['desk', 'resident']).optional(),
});

export const SignalSchema = z.discriminatedUnion('kind', [QuestionSignalSchema, CategorySignalSchema]).openapi('SignalRequest');
