/**
 * The short sentence that explains an advice by citing the row of the division of tasks.
 * Dutch at B1 level (short sentences, "u"); English as second language.
 */
import type { Lang, Topic } from '../content/schema';

/** Dutch counter names that are "het"-words: het loket, het informatiepunt, het taalhuis, het team. */
const HET_WORD_ENDING = /(?:loket|punt|huis|team|kantoor|centrum|bureau)$/i;
const LEADING_ARTICLE = /^(?:het|de)\s+/i;

/** "Sociaal Loket" → "het Sociaal Loket", "Het Juridisch Loket" → "het Juridisch Loket", "Burgerzaken" stays. */
export function counterNameInSentence(name: string): string {
  if (LEADING_ARTICLE.test(name)) return name.replace(LEADING_ARTICLE, (article) => article.toLowerCase());
  return name.split(/\s+/).some((word) => HET_WORD_ENDING.test(word)) ? `het ${name}` : name;
}

/** "Geldzorgen of schulden" → "geldzorgen of schulden"; "DigiD-app", "WOZ-waarde" keep their capitals. */
export function titleInSentence(title: string): string {
  const [firstWord = ''] = title.split(' ');
  const rest = firstWord.slice(1);
  return rest !== '' && rest === rest.toLowerCase() ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

export interface ReasonInput {
  tenantName: string;
  topic: Topic;
  counterName: string;
  /** Set when the resident is first sent to this counter for the online part. */
  digitalHelpCounterName?: string;
  lang: Lang;
}

export function adviceReason({ tenantName, topic, counterName, digitalHelpCounterName, lang }: ReasonInput): string {
  if (lang === 'en') {
    const row = `According to the division of tasks of ${tenantName}, "${topic.title.en}" is handled by ${counterName}.`;
    if (digitalHelpCounterName === undefined) return row;
    return `${row} You need help with the online part. First go to ${digitalHelpCounterName} for that. Then ${counterName} helps you further.`;
  }
  const row = `Volgens de taakverdeling van ${tenantName} gaat ${counterNameInSentence(counterName)} over ${titleInSentence(topic.title.nl)}.`;
  if (digitalHelpCounterName === undefined) return row;
  return `${row} U heeft hulp nodig bij het online deel. Ga daarvoor eerst naar ${counterNameInSentence(digitalHelpCounterName)}. Daarna helpt ${counterNameInSentence(counterName)} u verder.`;
}
