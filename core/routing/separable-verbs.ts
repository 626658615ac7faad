/**
 * Dutch splits verbs in a sentence: "hoe vraag ik AOW aan?" means "aanvragen", "ik betaal
 * het terug" means "terugbetalen". The topics use the whole verb, so a question that splits
 * it gets the whole verb added back. One verb a line: the particle, the infinitive without
 * it, then the forms of the verb that take the particle.
 */
const SEPARABLE_VERBS = `aan vragen vraag vraagt vroeg vroegen
terug betalen betaal betaalt betaalde betaalden betalen
terug vragen vraag vraagt vroeg vroegen vragen
terug krijgen krijg krijgt kreeg kregen
door geven geef geeft gaf gaven geven
in loggen log logt logde loggen
in vullen vul vult vulde vullen
in schrijven schrijf schrijft schreef schrijven
aan maken maak maakt maakte maken
rond komen kom komt kwam kwamen komen
over schrijven schrijf schrijft schreef schrijven`
  .split('\n')
  .map((line) => {
    const [particle = '', infinitive = '', ...forms] = line.split(' ');
    return { particle, verb: particle + infinitive, forms };
  });

/** The whole verbs that the words contain in split form. */
export function joinSeparableVerbs(words: readonly string[]): string[] {
  const present = new Set(words);
  const joined: string[] = [];
  for (const { particle, verb, forms } of SEPARABLE_VERBS) {
    if (present.has(particle) && forms.some((form) => present.has(form)) && !present.has(verb)) joined.push(verb);
  }
  return joined;
}
