/**
 * Person names by where they stand, not by a list of names: a word that is no known Dutch word (or
 * is a first name or surname and no everyday word), standing where names stand:
 * - after a title: mevrouw, meneer, mw., dhr., de heer, familie, … (the title goes with the name);
 * - after "ik ben", "ik heet", "mijn naam is", "namens";
 * - after a relative or neighbour: "mijn buurvrouw Grietje", "mijn zoon daan";
 * - capitalised in the middle of a sentence;
 * - at the start of a sentence, when it is a first name or surname and no everyday word.
 * The name runs on over capitalised words and particles ("Jan de Vries", "Youssef El Idrissi",
 * "mevrouw van der Linden"). A name right before a house number is a street ("Mient 4").
 */
import type { Lexicon } from './dutch-words';
import { isParticle } from './name-particles';
import { HOUSE_NUMBER } from './street-names';
import type { TextSpan } from './text-span';
import type { TextToken } from './text-tokens';

const TITLES = new Set([
  'mevrouw',
  'mevr',
  'mw',
  'meneer',
  'mijnheer',
  'mnr',
  'dhr',
  'familie',
  'fam',
  'juffrouw',
  'mej',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dokter',
  'dr',
  'zuster',
  'broeder',
  'meester',
  'juf',
]);
/** Words before which the next word is the name someone gives: "ik heet Ali", "mijn naam is Ali". */
const NAMED = /(?:\bheet|\bheten|\bnaam(?:\s+is)?\s*:?|\bmy name is|\bcalled)\s*$/iu;
/** Words after which a capitalised or unknown word is a name: "ik ben Fatima", "namens Postma". */
const INTRODUCED = /(?:\bik ben|\bi am|\bi'm|\bnamens|\bon behalf of)\s*$/iu;

/** Family and neighbours, after which a capitalised word is a name even when it is also a word: "mijn buurvrouw Grietje". */
const RELATION =
  /\b(?:moeder|vader|zoon|dochter|broer|zus|man|vrouw|buurman|buurvrouw|buren|oma|opa|tante|oom|neef|nicht|kind|kleinzoon|kleindochter|partner|vriend|vriendin|collega|schoonmoeder|schoonvader|mother|father|son|daughter|brother|sister|husband|wife|neighbour)\s*,?\s*$/iu;

type Cue = 'title' | 'named' | 'introduced' | 'relation' | 'capitalised' | 'sentence-start';

export interface FoundNames {
  names: TextSpan[];
  /** Names followed by a house number: streets the street rule did not know. */
  streets: TextSpan[];
}

function titleLength(tokens: readonly TextToken[], index: number): number {
  const token = tokens[index];
  if (!token) return 0;
  if (TITLES.has(token.lower)) return 1;
  return token.lower === 'de' && tokens[index + 1]?.lower === 'heer' ? 2 : 0;
}

function wordLike(token: TextToken | undefined): token is TextToken {
  return token !== undefined && !token.numeric && !token.acronym && token.lower.length > 1;
}

/** Whether the word at the head of a name, after this cue, is a name. */
function isNameWord(token: TextToken | undefined, cue: Cue, lexicon: Lexicon): boolean {
  if (!wordLike(token) || isParticle(token.lower) || TITLES.has(token.lower)) return false;
  const { lower } = token;
  const rareName = lexicon.isName(lower) && !lexicon.isEveryday(lower);
  switch (cue) {
    case 'title':
      return token.capitalised || rareName || !lexicon.isKnown(lower);
    case 'named':
      return !lexicon.isEveryday(lower) || token.capitalised;
    case 'introduced':
      return token.capitalised ? !lexicon.isKnown(lower) || lexicon.isName(lower) : rareName || !lexicon.isKnown(lower);
    case 'relation':
      return token.capitalised ? !lexicon.isEveryday(lower) || !lexicon.isKnown(lower) : rareName || !lexicon.isKnown(lower);
    case 'capitalised':
      return token.capitalised && (rareName || !lexicon.isKnown(lower));
    case 'sentence-start':
      return token.capitalised && rareName;
  }
}

/** Only spaces (or a hyphen) between two words of one name. */
function adjacent(text: string, left: TextToken, right: TextToken): boolean {
  return /^[\s-]+$/u.test(text.slice(left.end, right.start));
}

/** The index of the last token of the name that starts at `head`. */
function nameEnd(text: string, tokens: readonly TextToken[], head: number, cue: Cue, lexicon: Lexicon): number {
  let last = head;
  for (let i = head + 1; i < tokens.length; i++) {
    let next = i;
    while (isParticle(tokens[next]?.lower ?? '') && tokens[next + 1]) next++;
    const token = tokens[next];
    const previous = tokens[next - 1];
    if (!token || !previous || !adjacent(text, previous, token) || !adjacent(text, tokens[last] as TextToken, tokens[i] as TextToken))
      break;
    const particles = tokens.slice(i, next).map((particle) => particle.lower);
    const joined = [...particles, token.lower].join(' ');
    const continues =
      particles.length === 0
        ? token.capitalised || (cue === 'title' && isNameWord(token, 'title', lexicon) && !lexicon.isKnown(token.lower))
        : (token.capitalised || cue === 'title') &&
          wordLike(token) &&
          (cue === 'title' || lexicon.isName(joined) || lexicon.isName(token.lower) || !lexicon.isListed(token.lower));
    if (!continues || !wordLike(token)) break;
    last = next;
    i = next;
  }
  return last;
}

export function findNames(text: string, tokens: readonly TextToken[], lexicon: Lexicon): FoundNames {
  const found: FoundNames = { names: [], streets: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TextToken;
    const before = text.slice(Math.max(0, token.start - 20), token.start);
    const title = titleLength(tokens, i);
    let head = i;
    let cue: Cue;
    if (title > 0) {
      head = i + title;
      while (isParticle(tokens[head]?.lower ?? '') && tokens[head + 1]) head++;
      cue = 'title';
    } else if (NAMED.test(before)) cue = 'named';
    else if (INTRODUCED.test(before)) cue = 'introduced';
    else if (RELATION.test(before)) cue = 'relation';
    else if (token.sentenceStart) cue = 'sentence-start';
    else cue = 'capitalised';
    // Capitalised particles before a word make it a name: "De Boer", "El Amrani", "Van Dijk".
    if (cue !== 'title' && token.capitalised && isParticle(token.lower)) {
      while (
        isParticle(tokens[head]?.lower ?? '') &&
        tokens[head + 1] &&
        adjacent(text, tokens[head] as TextToken, tokens[head + 1] as TextToken)
      )
        head++;
      const headToken = tokens[head];
      const joined = [...tokens.slice(i, head).map((particle) => particle.lower), headToken?.lower ?? ''].join(' ');
      if (head > i && headToken?.capitalised && lexicon.isName(joined)) cue = 'named';
      else if (head > i) cue = 'capitalised';
    }
    if (!isNameWord(tokens[head], cue, lexicon)) continue;
    const last = nameEnd(text, tokens, head, cue, lexicon);
    const end = (tokens[last] as TextToken).end;
    const houseNumber = cue === 'title' ? null : HOUSE_NUMBER.exec(text.slice(end));
    if (houseNumber) found.streets.push({ start: token.start, end: end + houseNumber[0].length });
    else found.names.push({ start: token.start, end });
    i = last;
  }
  return found;
}
