/**
 * The one error class of the API. It carries a stable code, its HTTP status and a Dutch B1
 * message, and renders itself as the error body of DESIGN.md.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../core/api/error-body';

const ERRORS = {
  not_found: { status: 404, message: 'Dit adres bestaat niet. Controleer het adres.' },
  method_not_allowed: { status: 405, message: 'Dit adres kan dit verzoek niet uitvoeren.' },
  malformed_url: { status: 400, message: 'Het adres bevat een teken dat niet klopt. Controleer het adres.' },
  invalid_request: { status: 400, message: 'Het verzoek klopt niet. Controleer wat u stuurt.' },
  missing_query: { status: 400, message: 'Typ een vraag.' },
  query_too_long: { status: 400, message: 'Uw vraag is te lang. Gebruik hoogstens 500 tekens.' },
  unsupported_language: { status: 400, message: 'Kies de taal nl (Nederlands) of en (Engels).' },
  invalid_tenant: {
    status: 400,
    message: 'De naam van de gemeente in het adres klopt niet. Gebruik alleen kleine letters, cijfers en streepjes.',
  },
  tenant_not_found: { status: 404, message: 'Deze gemeente kennen we niet. Controleer de naam in het adres.' },
  unauthorized: {
    status: 401,
    message: 'U bent niet ingelogd, of uw sleutel klopt niet, is verlopen of is ingetrokken. Log in met een geldige sleutel.',
  },
  origin_not_allowed: {
    status: 403,
    message:
      'Deze website mag hier geen verwijzingen of signalen sturen. De gemeente kan het adres toevoegen bij Instellingen in het beheer.',
  },
  other_tenant: {
    status: 403,
    message: 'Uw sleutel hoort bij een andere gemeente. Log in bij de gemeente van uw sleutel, of vraag een sleutel voor deze gemeente.',
  },
  forbidden: { status: 403, message: 'Uw rol geeft geen toestemming hiervoor. Vraag een beheerder om meer rechten.' },
  token_not_found: { status: 404, message: 'Deze sleutel bestaat niet bij deze gemeente. Kies een sleutel uit de lijst.' },
  record_not_found: { status: 404, message: 'Dit onderdeel staat niet in de gids van deze gemeente. Controleer het id.' },
  version_not_found: { status: 404, message: 'Deze versie bestaat niet. Kies een versie uit de lijst.' },
  draft_changed: {
    status: 412,
    message:
      'Iemand anders heeft het concept opgeslagen nadat u het opende. Uw wijziging is niet opgeslagen. Bekijk wat er veranderd is en voer uw wijziging opnieuw in.',
  },
  publish_conflict: {
    status: 409,
    message:
      'Iemand anders publiceerde op hetzelfde moment een versie. Er is niets gepubliceerd. Bekijk de versies en probeer het opnieuw.',
  },
  payload_too_large: { status: 413, message: 'Wat u stuurt is te groot. Stuur hoogstens 1 MB.' },
  invalid_content: { status: 422, message: 'De inhoud klopt niet. Er is niets opgeslagen. Kijk bij elk veld wat er mis is.' },
  invalid_test_questions: {
    status: 422,
    message: 'De testvragen kloppen niet. Er is niets opgeslagen. Kijk bij elke vraag wat er mis is.',
  },
  invalid_csv: {
    status: 422,
    message: 'Het CSV-bestand heeft fouten. Er is niets geïmporteerd. Verbeter de rijen en probeer het opnieuw.',
  },
  precondition_required: {
    status: 428,
    message: 'Stuur de versie van het concept mee (de ETag in If-Match). Zo overschrijft u geen wijziging van een ander.',
  },
  invalid_referral: {
    status: 422,
    message: 'De verwijzing klopt niet. Er is niets opgeslagen. Kijk bij elk veld wat er mis is.',
  },
  invalid_feedback: {
    status: 422,
    message: 'De melding klopt niet. Er is niets opgeslagen. Kijk bij elk veld wat er mis is.',
  },
  feedback_not_found: { status: 404, message: 'Deze melding bestaat niet. Kies een melding uit de lijst.' },
  invalid_signal: { status: 422, message: 'Het signaal klopt niet. Er is niets opgeslagen. Kijk bij elk veld wat er mis is.' },
  personal_data: {
    status: 422,
    message: 'Er staan persoonsgegevens in de notitie. Haal ze weg; persoonsgegevens mogen niet worden opgeslagen.',
  },
  referral_not_found: {
    status: 404,
    message: 'Deze code kennen we niet, of hij is verlopen. Een code werkt 60 dagen. Controleer de code.',
  },
  invalid_date_range: {
    status: 400,
    message: 'Kies een periode van hoogstens 2 jaar, met de einddatum na de begindatum.',
  },
  too_many_requests: { status: 429, message: 'U stuurde te veel verzoeken. Wacht een minuut en probeer het opnieuw.' },
  daily_limit_reached: {
    status: 429,
    message:
      'Vandaag kwamen er voor deze gemeente al heel veel berichten binnen. Dit bericht is daarom niet opgeslagen. Probeer het morgen opnieuw.',
  },
  internal_error: { status: 500, message: 'Er ging bij ons iets mis. Probeer het later opnieuw.' },
} as const satisfies Record<string, { status: ContentfulStatusCode; message: string }>;

export type ErrorCode = keyof typeof ERRORS;
export type ErrorIssue = NonNullable<ErrorBody['error']['issues']>[number];

export interface ApiErrorOptions {
  /** Only for validation errors: what is wrong where. */
  issues?: ErrorIssue[];
  headers?: Record<string, string>;
  /** Overrides the code's usual status, for errors Hono raises with a status of its own. */
  status?: ContentfulStatusCode;
  /** Overrides the code's usual message, where the message names what was found (`personal_data`). */
  message?: string;
  cause?: unknown;
}

export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, { issues, headers = {}, status, message, cause }: ApiErrorOptions = {}) {
    super(status ?? ERRORS[code].status, { message: message ?? ERRORS[code].message, cause });
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  override getResponse(): Response {
    const body: ErrorBody = {
      error: { code: this.code, message: this.message, ...(this.issues && { issues: this.issues }) },
    };
    return Response.json(body, { status: this.status, headers: this.headers });
  }
}
