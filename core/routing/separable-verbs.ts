/**
 * Dutch splits verbs in a sentence: "hoe vraag ik AOW aan?" means "aanvragen", "ik betaal
 * het terug" means "terugbetalen". The topics use the whole verb, so a question that splits
 * it gets the whole verb added back. Each entry: the particle, the forms of the verb stem
 * that take it, and the whole verb.
 */
interface SeparableVerb {
  particle: string;
  forms: readonly string[];
  verb: string;
}

const SEPARABLE_VERBS: readonly SeparableVerb[] = [
  { particle: 'aan', forms: ['vraag', 'vraagt', 'vroeg', 'vroegen'], verb: 'aanvragen' },
  { particle: 'terug', forms: ['betaal', 'betaalt', 'betaalde', 'betaalden', 'betalen'], verb: 'terugbetalen' },
  { particle: 'terug', forms: ['krijg', 'krijgt', 'kreeg', 'kregen'], verb: 'terugkrijgen' },
  { particle: 'door', forms: ['geef', 'geeft', 'gaf', 'gaven', 'geven'], verb: 'doorgeven' },
  { particle: 'in', forms: ['log', 'logt', 'logde', 'loggen'], verb: 'inloggen' },
  { particle: 'in', forms: ['vul', 'vult', 'vulde', 'vullen'], verb: 'invullen' },
  { particle: 'in', forms: ['schrijf', 'schrijft', 'schreef', 'schrijven'], verb: 'inschrijven' },
  { particle: 'aan', forms: ['maak', 'maakt', 'maakte', 'maken'], verb: 'aanmaken' },
  { particle: 'over', forms: ['schrijf', 'schrijft', 'schreef', 'schrijven'], verb: 'overschrijven' },
];

/** The whole verbs that the words contain in split form. */
export function joinSeparableVerbs(words: readonly string[]): string[] {
  const present = new Set(words);
  const joined: string[] = [];
  for (const { particle, forms, verb } of SEPARABLE_VERBS) {
    if (present.has(particle) && forms.some((form) => present.has(form)) && !present.has(verb)) joined.push(verb);
  }
  return joined;
}
