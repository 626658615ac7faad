/**
 * Phrases that show the resident cannot do the online part alone: the signals desk staff are
 * trained to notice (DOMAIN.md, "Recognising who needs digital help"). They are matched on
 * the normalised text (lower case, no punctuation, "can't" → "cant").
 *
 * These phrases never choose the topic: they only send a topic that names a digital-help
 * counter to that counter. "Geen DigiD" on its own is still the topic "DigiD aanvragen".
 */
import { normaliseText } from './normalise';

const DEVICE = '(?:computer|computers|laptop|pc|tablet|ipad|smartphone|mobiel|internet|wifi|e ?mail|email ?adres|digid)';
const ONLINE = '(?:online|internet|digitaal|de computer|computer|de website|website|site|de app|mijn telefoon)';

/**
 * The online step itself ("online een afspraak maken"): part of the signal, so that it does
 * not make the topic "online afspraak" win over the passport the resident came for.
 */
const ONLINE_TASK =
  '(?:(?:online|via internet|op internet|op de website) )?(?:een )?(?:afspraak (?:te )?maken|formulier (?:in te vullen|invullen)|aanvraag (?:te )?doen)';

const SIGNAL_SOURCES: readonly string[] = [
  // Dutch
  String.raw`\blukt (?:me |mij |het |ons )*niet (?:om )?${ONLINE_TASK}\b`,
  String.raw`\b${ONLINE_TASK} (?:\w+ ){0,2}lukt (?:me |mij |het )*niet\b`,
  String.raw`\b(?:geen|zonder) (?:eigen )?${DEVICE}\b`,
  String.raw`\blukt (?:me |mij |het |ons )*(?:niet|nooit|never) (?:\w+ )?(?:${ONLINE}|via ${ONLINE}|op ${ONLINE})\b`,
  String.raw`\b${ONLINE} (?:\w+ ){0,3}lukt (?:me |mij |het )*niet\b`,
  String.raw`\bniet (?:via|op|met) (?:het |de )?(?:internet|computer|website|site|app)\b`,
  String.raw`\b(?:kan|kun|wil) (?:\w+ ){0,2}niet online\b`,
  String.raw`\b(?:kan|kun|kunt|lukt) (?:\w+ ){0,2}(?:niet|geen) ${ONLINE_TASK} (?:online|digitaal|(?:via|op) (?:het |de )?(?:internet|website|site|computer))\b`,
  String.raw`\b(?:snap|begrijp|snapt|begrijpt) (?:\w+ ){0,2}${ONLINE} (?:\w+ ){0,2}(?:niet|niks|niets)\b`,
  String.raw`\b${ONLINE} (?:snap|begrijp|snapt|begrijpt) (?:ik |hij |zij |ze )?(?:niet|niks|niets)\b`,
  String.raw`\b(?:kan|kun|kunt) niet (?:inloggen|met (?:de |een )?(?:computer|computers|internet))\b`,
  String.raw`\bniet (?:handig|goed|slim) met (?:de |een )?(?:computer|computers|internet|telefoon|technologie)\b`,
  String.raw`\b${ONLINE} (?:\w+ ){0,2}(?:te )?(?:moeilijk|lastig|ingewikkeld)\b`,
  String.raw`\b(?:papieren (?:formulier|aanvraag)|op papier|digibeet)\b`,
  // English
  String.raw`\b(?:no|without|dont have an?|dont have|doesnt have an?|doesnt have) ${DEVICE}\b`,
  String.raw`\b(?:cant|cannot|can not|unable to|not able to) (?:\w+ ){0,3}online\b`,
  String.raw`\b(?:cant|cannot|can not|unable to) (?:log in|login|sign in)\b`,
  String.raw`\bnot good with (?:computers|the internet|technology|phones)\b`,
  String.raw`\b(?:dont|do not|doesnt) understand (?:the )?(?:website|internet|online form|computer)\b`,
  String.raw`\b(?:website|online form) (?:is )?(?:too )?(?:confusing|difficult|hard)\b`,
  String.raw`\bpaper form\b`,
];

const SIGNALS = SIGNAL_SOURCES.map((source) => new RegExp(source, 'g'));
/** With a signal present, the online step named anywhere in the question is the part that fails. */
const ONLINE_STEP = new RegExp(`\\b(?:om |voor )?${ONLINE_TASK}\\b`, 'g');

export interface DigitalHelpSignal {
  /** The question text without the matched phrases, to find the topic without them. */
  remainder: string;
}

/** The digital-help signal in a question, or null when there is none. */
export function findDigitalHelpSignal(question: string): DigitalHelpSignal | null {
  const normalised = normaliseText(question);
  let remainder = normalised;
  for (const signal of SIGNALS) remainder = remainder.replace(signal, ' ');
  if (remainder === normalised) return null;
  return { remainder: remainder.replace(ONLINE_STEP, ' ').replace(/\s+/g, ' ').trim() };
}
