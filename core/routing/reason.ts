/**
 * The short sentence that explains an advice by citing the row of the division of tasks.
 * Dutch at B1 level (short sentences, "u"); English as second language.
 */
import type { Lang } from '../content/schema';

/** Dutch counter names that are "het"-words: het loket, het informatiepunt, het taalhuis, het team. */
const HET_WORD_ENDING = /(?:loket|punt|huis|team|kantoor|centrum|bureau)$/i;
const LEADING_ARTICLE = /^(?:het|de)\s+/i;

/** "Sociaal Loket" → "het Sociaal Loket", "Het Juridisch Loket" → "het Juridisch Loket", "Burgerzaken" stays. */
export function counterNameInSentence(name: string): string {
  if (LEADING_ARTICLE.test(name)) return name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
  return name.split(/\s+/).some((word) => HET_WORD_ENDING.test(word)) ? `het ${name}` : name;
}

/** In English, "the" before the same names: "the Overheidsbreed loket", "the Klantcontactcentrum". */
function englishCounterName(name: string): string {
  return counterNameInSentence(name).replace(/^(?:het|de) /, 'the ');
}

/** "Geldzorgen of schulden" → "geldzorgen of schulden"; "DigiD-app", "WOZ-waarde" keep their capitals. */
export function titleInSentence(title: string): string {
  const [firstWord = ''] = title.split(' ');
  const rest = firstWord.slice(1);
  return rest !== '' && rest === rest.toLowerCase() ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

export interface ReasonInput {
  tenantName: string;
  /** The topic's title in `lang`. */
  topicTitle: string;
  counterName: string;
  /** Set when the resident is first sent to this counter for the online part. */
  digitalHelpCounterName?: string;
  lang: Lang;
}

/**
 * Cites the row as a row: its title in quotes, so any title reads well ("Vraag over een eigen
 * aanslag" does not have to fit into a sentence of ours).
 */
export function adviceReason({ tenantName, topicTitle, counterName, digitalHelpCounterName, lang }: ReasonInput): string {
  if (lang === 'en') {
    const row = `In the division of tasks of ${tenantName}, "${topicTitle}" belongs to ${counterName}.`;
    if (digitalHelpCounterName === undefined) return row;
    return `${row} You need help with the online part: ${digitalHelpCounterName} helps with that first.`;
  }
  const row = `In de taakverdeling van ${tenantName} hoort "${topicTitle}" bij ${counterNameInSentence(counterName)}.`;
  if (digitalHelpCounterName === undefined) return row;
  return `${row} U heeft hulp nodig bij het online deel: daarmee helpt eerst ${counterNameInSentence(digitalHelpCounterName)}.`;
}

export interface NationalReasonInput {
  productName: string;
  counterName: string;
  /** Set when the resident first needs help with the online part there. */
  digitalHelp: boolean;
  lang: Lang;
}

/** A product that only the Rijk provides, and that the table does not name. */
export function nationalReason({ productName, counterName, digitalHelp, lang }: NationalReasonInput): string {
  if (lang === 'en') {
    const counter = englishCounterName(counterName);
    if (digitalHelp) {
      return `National matter: ${productName}. This is not in our division of tasks. You need help with the online part: ${counter} helps with that.`;
    }
    return `National matter: ${productName}. This is not in our division of tasks; usually ${counter} helps.`;
  }
  const counter = counterNameInSentence(counterName);
  if (digitalHelp) {
    return `Landelijke regeling: ${productName}. Dit staat niet in onze taakverdeling. U heeft hulp nodig bij het online deel: daarmee helpt ${counter}.`;
  }
  return `Landelijke regeling: ${productName}. Dit staat niet in onze taakverdeling; meestal helpt ${counter}.`;
}

/** A real question that neither the table nor the national list answers. */
export function fallbackReason(counterName: string, lang: Lang): string {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  if (lang === 'en') return `This is not in the division of tasks. ${capital(englishCounterName(counterName))} finds out who can help.`;
  return `Dit staat niet in de taakverdeling. ${capital(counterNameInSentence(counterName))} zoekt uit wie helpt.`;
}
