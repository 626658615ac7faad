/**
 * A synthetic tenant of any size, for benchmarks: realistic Dutch topics built from domains,
 * subjects and actions ("Huurwoning — bezwaar maken", "Apply for a rental home"), valid under
 * ContentSchema, and the same for the same seed. The counters, locations and cues come from
 * a base tenant (Voorbeeldstad), so the topics point at real counters.
 */
import type { Content, Topic } from '../core/content/schema';

interface Subject {
  nl: string;
  en: string;
  synonyms: string[];
}

interface Domain {
  name: string;
  counter: string;
  digitalHelp?: string;
  subjects: Subject[];
}

interface Action {
  nl: string;
  en: string;
  keywords: string[];
}

const subject = (nl: string, en: string, ...synonyms: string[]): Subject => ({ nl, en, synonyms });

const DOMAINS: Domain[] = [
  {
    name: 'Wonen',
    counter: 'burgerzaken',
    digitalHelp: 'ido',
    subjects: [
      subject('huurwoning', 'rental home', 'huurhuis', 'woningcorporatie'),
      subject('koopwoning', 'owner-occupied home', 'koophuis', 'hypotheek'),
      subject('urgentieverklaring', 'housing urgency', 'urgentie', 'spoedwoning'),
      subject('woningruil', 'home exchange', 'ruilen', 'ruilwoning'),
      subject('kamerverhuur', 'renting out rooms', 'kamer', 'onderhuur'),
      subject('woonvergunning', 'housing permit', 'huisvestingsvergunning'),
      subject('briefadres', 'postal address', 'postadres', 'dakloos'),
      subject('woonwagenstandplaats', 'caravan pitch', 'standplaats'),
      subject('splitsingsvergunning', 'splitting permit', 'appartement splitsen'),
      subject('leegstand', 'vacancy', 'leegstaande woning', 'kraken'),
      subject('energiebesparing', 'energy saving', 'isolatie', 'zonnepanelen'),
      subject('bouwvergunning', 'building permit', 'verbouwing', 'dakkapel'),
      subject('monumentenpand', 'listed building', 'monument', 'restauratie'),
      subject('erfpacht', 'leasehold', 'grondhuur', 'canon'),
      subject('burenoverlast', 'nuisance from neighbours', 'geluidsoverlast', 'buren'),
    ],
  },
  {
    name: 'Zorg en welzijn',
    counter: 'sociaal-loket',
    subjects: [
      subject('huishoudelijke hulp', 'household help', 'schoonmaakhulp', 'thuishulp'),
      subject('dagbesteding', 'day activities', 'dagactiviteiten', 'inloop'),
      subject('scootmobiel', 'mobility scooter', 'scooter', 'vervoer'),
      subject('rolstoel', 'wheelchair', 'rolstoelvoorziening'),
      subject('traplift', 'stairlift', 'trap', 'woningaanpassing'),
      subject('mantelzorgwaardering', 'carer appreciation', 'mantelzorg', 'waardering'),
      subject('respijtzorg', 'respite care', 'logeeropvang', 'vervangende zorg'),
      subject('beschermd wonen', 'sheltered housing', 'begeleid wonen'),
      subject('maatschappelijke opvang', 'shelter', 'nachtopvang', 'dakloosheid'),
      subject('persoonsgebonden budget', 'personal budget', 'pgb'),
      subject('maaltijdservice', 'meal service', 'maaltijden', 'eten thuis'),
      subject('personenalarmering', 'personal alarm', 'alarmknop', 'noodknop'),
      subject('regiotaxi', 'regional taxi', 'deeltaxi', 'wmo vervoer'),
      subject('ouderenadvies', 'advice for older people', 'ouderenadviseur', 'senioren'),
      subject('buurtcontact', 'neighbourhood contact', 'eenzaamheid', 'buurthuis'),
    ],
  },
  {
    name: 'Werk en inkomen',
    counter: 'werk-inkomen',
    digitalHelp: 'ido',
    subjects: [
      subject('bijstandsuitkering', 'social assistance', 'bijstand', 'participatiewet'),
      subject('bijzondere bijstand', 'special assistance', 'extra kosten', 'vergoeding'),
      subject('individuele inkomenstoeslag', 'individual income supplement', 'inkomenstoeslag'),
      subject('stadspas', 'city pass', 'kortingspas', 'minimapas'),
      subject('kindpakket', 'child package', 'schoolspullen', 'kinderregeling'),
      subject('re-integratietraject', 'reintegration programme', 're-integratie', 'werkfit'),
      subject('loonkostensubsidie', 'wage cost subsidy', 'subsidie werkgever'),
      subject('tozo-regeling', 'self-employed support', 'zelfstandige', 'zzp'),
      subject('studietoeslag', 'study allowance', 'studeren met beperking'),
      subject('collectieve zorgverzekering', 'collective health insurance', 'zorgverzekering minima'),
      subject('witgoedregeling', 'white goods scheme', 'wasmachine', 'koelkast'),
      subject('sportvergoeding', 'sports allowance', 'sportclub', 'contributie'),
      subject('vrijwilligersvergoeding', 'volunteer allowance', 'vrijwilligerswerk'),
      subject('inkomensvrijlating', 'income exemption', 'bijverdienen'),
      subject('taaleis bijstand', 'language requirement', 'taaleis'),
    ],
  },
  {
    name: 'Documenten',
    counter: 'burgerzaken',
    digitalHelp: 'ido',
    subjects: [
      subject('paspoort', 'passport', 'reisdocument'),
      subject('identiteitskaart', 'identity card', 'id-kaart', 'idkaart'),
      subject('rijbewijs', 'driving licence', 'rijbewijs verlengen'),
      subject('uittreksel', 'extract', 'brp', 'gba'),
      subject('verklaring omtrent het gedrag', 'certificate of conduct', 'vog'),
      subject('naamswijziging', 'change of name', 'achternaam', 'geslachtsnaam'),
      subject('nationaliteit', 'nationality', 'naturalisatie', 'optie'),
      subject('geheimhouding', 'confidentiality', 'gegevens afschermen'),
      subject('legalisatie', 'legalisation', 'handtekening', 'apostille'),
      subject('attestatie de vita', 'proof of life', 'levensbewijs'),
      subject('vermissing', 'loss report', 'vermist', 'kwijt'),
      subject('eerste inschrijving', 'first registration', 'immigratie', 'nieuw in nederland'),
      subject('emigratie', 'emigration', 'vertrek buitenland', 'uitschrijven'),
      subject('adreswijziging', 'change of address', 'verhuizing', 'verhuizen'),
      subject('rijbewijskeuring', 'medical for driving', 'gezondheidsverklaring', 'cbr'),
    ],
  },
  {
    name: 'Belastingen',
    counter: 'belastingen-gemeente',
    subjects: [
      subject('afvalstoffenheffing', 'waste tax', 'afval', 'vuilnis'),
      subject('rioolheffing', 'sewage charge', 'riool'),
      subject('onroerendezaakbelasting', 'property tax', 'ozb'),
      subject('hondenbelasting', 'dog tax', 'hond'),
      subject('toeristenbelasting', 'tourist tax', 'overnachting'),
      subject('woz-waarde', 'property value', 'woz', 'taxatie'),
      subject('precariobelasting', 'encroachment tax', 'terras'),
      subject('reclamebelasting', 'advertising tax', 'reclame'),
      subject('parkeerbelasting', 'parking charge', 'naheffing', 'parkeren'),
      subject('forensenbelasting', 'commuter tax', 'tweede woning'),
      subject('leges', 'municipal fees', 'kosten aanvraag'),
      subject('kwijtschelding', 'remission', 'vrijstelling'),
      subject('automatische incasso', 'direct debit', 'incasso', 'termijnen'),
      subject('aanslagbiljet', 'tax assessment', 'aanslag', 'belastingbrief'),
      subject('marktgeld', 'market fee', 'markt', 'standplaats'),
    ],
  },
  {
    name: 'Geld en schulden',
    counter: 'sociaal-loket',
    subjects: [
      subject('schuldhulpverlening', 'debt counselling', 'schulden', 'schuldhulp'),
      subject('budgetbeheer', 'budget management', 'budgetcoach', 'geldzaken'),
      subject('beschermingsbewind', 'protective administration', 'bewindvoerder', 'bewind'),
      subject('huurachterstand', 'rent arrears', 'achterstand huur'),
      subject('energieschuld', 'energy debt', 'energierekening', 'afsluiting'),
      subject('deurwaarder', 'bailiff', 'beslag', 'loonbeslag'),
      subject('incassobureau', 'debt collection agency', 'aanmaning', 'incasso'),
      subject('schuldsanering', 'debt restructuring', 'wsnp', 'minnelijk traject'),
      subject('voedselbank', 'food bank', 'voedselpakket', 'eten'),
      subject('geldcursus', 'money course', 'omgaan met geld'),
      subject('thuisadministratie', 'home administration', 'papieren', 'post'),
      subject('zorgverzekeringsachterstand', 'health insurance arrears', 'premie'),
      subject('boedelbeheer', 'estate management', 'nalatenschap'),
      subject('vroegsignalering', 'early warning', 'betalingsachterstand'),
      subject('noodfonds', 'emergency fund', 'noodgeld', 'crisis'),
    ],
  },
  {
    name: 'Digitale overheid',
    counter: 'ido',
    subjects: [
      subject('digid', 'DigiD', 'inlogcode', 'inloggen'),
      subject('digid-app', 'DigiD app', 'app', 'smartphone'),
      subject('berichtenbox', 'message box', 'mijnoverheid'),
      subject('e-mailadres', 'e-mail address', 'email', 'mail'),
      subject('machtiging', 'authorisation', 'machtigen', 'namens'),
      subject('online formulier', 'online form', 'webformulier'),
      subject('online afspraak', 'online appointment', 'afspraak maken'),
      subject('computercursus', 'computer course', 'computerles', 'digisterker'),
      subject('smartphonecursus', 'smartphone course', 'telefoon leren'),
      subject('videobellen', 'video calling', 'beeldbellen'),
      subject('veilig internetten', 'safe internet use', 'phishing', 'oplichting'),
      subject('belastingaangifte', 'tax return', 'aangifte', 'inkomstenbelasting'),
      subject('toeslagenportaal', 'allowances portal', 'mijn toeslagen'),
      subject('werkmap', 'jobseeker file', 'werk.nl'),
      subject('pensioenoverzicht', 'pension overview', 'mijnpensioenoverzicht'),
    ],
  },
  {
    name: 'Landelijke organisaties',
    counter: 'overheidsbreed-loket',
    subjects: [
      subject('zorgtoeslag', 'healthcare allowance', 'toeslag'),
      subject('huurtoeslag', 'rent allowance', 'toeslag', 'huursubsidie'),
      subject('kinderopvangtoeslag', 'childcare allowance', 'kinderopvang'),
      subject('kindgebonden budget', 'child budget', 'kinderbudget'),
      subject('ww-uitkering', 'unemployment benefit', 'ww', 'werkloos'),
      subject('wia-uitkering', 'disability benefit', 'wia', 'arbeidsongeschikt'),
      subject('ziektewetuitkering', 'sickness benefit', 'ziektewet', 'ziek'),
      subject('aow', 'state pension', 'ouderdomspensioen', 'svb'),
      subject('kinderbijslag', 'child benefit', 'svb kind'),
      subject('studieschuld', 'student debt', 'duo', 'studielening'),
      subject('eigen bijdrage', 'personal contribution', 'cak'),
      subject('verkeersboete', 'traffic fine', 'boete', 'cjib'),
      subject('inkomstenbelasting', 'income tax', 'belastingdienst', 'aanslag'),
      subject('voorlopige aanslag', 'provisional assessment', 'voorschot'),
      subject('nabestaandenuitkering', "survivor's benefit", 'anw', 'weduwe'),
    ],
  },
  {
    name: 'Taal en recht',
    counter: 'taalhuis',
    subjects: [
      subject('leesles', 'reading lessons', 'lezen', 'laaggeletterd'),
      subject('schrijfles', 'writing lessons', 'schrijven', 'spelling'),
      subject('nederlandse les', 'Dutch lessons', 'nt2', 'taalles'),
      subject('taalcafe', 'language cafe', 'oefenen', 'praten'),
      subject('rekenles', 'numeracy lessons', 'rekenen', 'getallen'),
      subject('inburgering', 'civic integration', 'inburgeringsexamen'),
      subject('voorleesproject', 'reading aloud project', 'voorlezen', 'kinderen'),
      subject('taalmaatje', 'language buddy', 'maatje'),
      subject('huurgeschil', 'rent dispute', 'verhuurder', 'huisbaas'),
      subject('arbeidsconflict', 'employment dispute', 'werkgever', 'ontslag'),
      subject('consumentenklacht', 'consumer complaint', 'winkel', 'aankoop'),
      subject('echtscheiding', 'divorce', 'scheiden', 'alimentatie'),
      subject('burenruzie', 'neighbour dispute', 'buurtbemiddeling'),
      subject('erfenis', 'inheritance', 'testament', 'nalatenschap'),
      subject('letselschade', 'personal injury', 'ongeluk', 'schadevergoeding'),
    ],
  },
  {
    name: 'Jeugd en onderwijs',
    counter: 'sociaal-loket',
    subjects: [
      subject('jeugdhulp', 'youth care', 'jeugdzorg'),
      subject('opvoedondersteuning', 'parenting support', 'opvoeden', 'opvoeding'),
      subject('leerlingenvervoer', 'pupil transport', 'schoolvervoer', 'taxi school'),
      subject('leerplicht', 'compulsory education', 'verzuim', 'spijbelen'),
      subject('kinderopvang', 'childcare', 'opvang', 'bso'),
      subject('peuteropvang', 'toddler care', 'voorschool', 'peuters'),
      subject('jongerenwerk', 'youth work', 'jongeren', 'jongerencentrum'),
      subject('gezinscoach', 'family coach', 'gezin', 'coach'),
      subject('schoolmaatschappelijk werk', 'school social work', 'school', 'zorgen om kind'),
      subject('mantelzorg jongeren', 'young carers', 'jonge mantelzorger'),
      subject('echtscheidingsbegeleiding kinderen', 'divorce support for children', 'kind scheiding'),
      subject('pleegzorg', 'foster care', 'pleeggezin', 'pleegouder'),
      subject('kraamzorg', 'maternity care', 'kraamhulp', 'baby'),
      subject('consultatiebureau', 'baby clinic', 'jgz', 'vaccinatie'),
      subject('huiswerkbegeleiding', 'homework support', 'huiswerk', 'bijles'),
    ],
  },
];

const ACTIONS: Action[] = [
  { nl: 'aanvragen', en: 'Apply for', keywords: ['aanvraag', 'aanmelden', 'apply'] },
  { nl: 'online aanvragen', en: 'Apply online for', keywords: ['digitaal aanvragen', 'via internet', 'online'] },
  { nl: 'wijzigen', en: 'Change', keywords: ['wijziging doorgeven', 'aanpassen', 'change'] },
  { nl: 'stopzetten', en: 'Stop', keywords: ['opzeggen', 'beëindigen', 'stop'] },
  { nl: 'verlengen', en: 'Renew', keywords: ['verlenging', 'vernieuwen', 'renew'] },
  { nl: 'bezwaar maken', en: 'Object to a decision on', keywords: ['bezwaar', 'niet eens', 'object'] },
  { nl: 'terugbetalen', en: 'Repay', keywords: ['terugvordering', 'te veel ontvangen', 'repay'] },
  { nl: 'betalingsregeling', en: 'Payment plan for', keywords: ['in termijnen', 'regeling treffen', 'payment plan'] },
  { nl: 'vraag over het bedrag', en: 'Question about the amount of', keywords: ['bedrag klopt niet', 'te hoog', 'amount'] },
  { nl: 'niet ontvangen', en: 'Not received:', keywords: ['niet betaald', 'te laat', 'not paid'] },
  { nl: 'brief begrijpen', en: 'Understand a letter about', keywords: ['brief', 'beschikking', 'letter'] },
  { nl: 'klacht indienen', en: 'Complain about', keywords: ['klacht', 'ontevreden', 'complaint'] },
  { nl: 'informatie', en: 'Information about', keywords: ['uitleg', 'voorwaarden', 'information'] },
  { nl: 'kosten', en: 'Costs of', keywords: ['prijs', 'tarief', 'costs'] },
  { nl: 'afspraak maken', en: 'Make an appointment for', keywords: ['afspraak', 'langskomen', 'appointment'] },
  { nl: 'hulp bij invullen', en: 'Help filling in the form for', keywords: ['formulier', 'samen invullen', 'form'] },
  { nl: 'spoed', en: 'Urgent request for', keywords: ['haast', 'snel nodig', 'urgent'] },
  { nl: 'namens iemand anders', en: 'On behalf of someone else:', keywords: ['machtiging', 'voor mijn ouder', 'on behalf'] },
  { nl: 'status opvragen', en: 'Check the status of', keywords: ['hoe ver', 'wanneer besluit', 'status'] },
  { nl: 'melding maken', en: 'Report about', keywords: ['melden', 'doorgeven', 'report'] },
];

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same tenant. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface SyntheticOptions {
  topicCount: number;
  seed: number;
}

/** Domain × subject × action combinations in random order (3,000 of them), then again per audience variant. */
function* combinations(random: () => number): Generator<{ domain: Domain; subject: Subject; action: Action; variant: number }> {
  for (let variant = 0; ; variant++) {
    const round = shuffled(
      DOMAINS.flatMap((domain) => domain.subjects.flatMap((subject) => ACTIONS.map((action) => ({ domain, subject, action, variant })))),
      random,
    );
    yield* round;
  }
}

/** Variants beyond the first round: the same combination for another group of residents. */
const AUDIENCES = ['', 'voor ouderen', 'voor jongeren', 'voor ondernemers', 'voor nieuwkomers'];
const AUDIENCES_EN = ['', 'for older people', 'for young people', 'for entrepreneurs', 'for newcomers'];

export function syntheticContent(base: Content, { topicCount, seed }: SyntheticOptions): Content {
  const random = seededRandom(seed);
  const topics: Topic[] = [];
  for (const { domain, subject: s, action, variant } of combinations(random)) {
    if (topics.length >= topicCount) break;
    const audience = AUDIENCES[variant % AUDIENCES.length] ?? '';
    const audienceEn = AUDIENCES_EN[variant % AUDIENCES_EN.length] ?? '';
    const id = slug(`${s.nl} ${action.nl} ${variant > 0 ? `v${variant}` : ''}`)
      .slice(0, 64)
      .replace(/-$/, '');
    topics.push({
      id,
      domain: domain.name,
      title: {
        nl: `${capitalise(s.nl)} ${action.nl} ${audience}`.trim(),
        en: `${action.en} ${s.en} ${audienceEn}`.trim(),
      },
      keywords: [
        s.nl,
        ...s.synonyms,
        `${s.nl} ${action.nl}`,
        ...action.keywords.map((keyword) => `${s.synonyms[0] ?? s.nl} ${keyword}`),
        s.en,
      ],
      counter: domain.counter,
      ...(domain.digitalHelp !== undefined && random() < 0.7 ? { digitalHelp: domain.digitalHelp } : {}),
    });
  }
  return {
    ...base,
    tenant: { ...base.tenant, id: `synthetic-${topicCount}`, name: `Gemeente Synthetisch ${topicCount}` },
    topics,
  };
}

/** Questions as a desk would type them about the synthetic topics, some with typos. */
export function syntheticQuestions(content: Content, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const starts = ['Ik wil', 'Hoe kan ik', 'Mijn moeder wil', 'Kunt u mij helpen met', 'Waar moet ik zijn voor', 'I want to'];
  const questions: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = content.topics[Math.floor(random() * content.topics.length)];
    if (topic === undefined) continue;
    const start = starts[Math.floor(random() * starts.length)] ?? '';
    let text = `${start} ${topic.title.nl.toLowerCase()} ${topic.keywords[Math.floor(random() * topic.keywords.length)] ?? ''}`;
    if (random() < 0.3) {
      const at = Math.floor(random() * text.length);
      text = text.slice(0, at) + text.slice(at + 1); // a typo: one letter dropped
    }
    questions.push(text);
  }
  return questions;
}
