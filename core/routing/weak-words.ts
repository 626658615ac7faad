/**
 * Words that are part of many questions but rarely what they are about: the people involved
 * ("mijn moeder", "my husband"), the device ("op de computer") and all-purpose
 * verbs ("regelen", "arrange"). They still count, at a lower weight, so that "Mijn vader is
 * overleden" is about a death and not about authorising someone for a father.
 */
const WEAK_WORDS: ReadonlySet<string> = new Set(
  `
vader moeder zoon dochter man vrouw echtgenoot echtgenote partner broer zus opa oma ouders
buurman buurvrouw vriend vriendin familie iemand mensen persoon
father mother son daughter husband wife brother sister parents neighbour neighbor friend people someone
computer pc laptop telefoon mobiel phone
helpen help helpt
gemeente gemeentehuis stadhuis stadskantoor loket balie stad
groot grote klein kleine oud oude lang lange kort korte
week weken maand maanden jaar jaren dag dagen vandaag morgen gisteren
regelen geregeld nieuw nieuwe snel binnenkort open openen dicht
arrange sort new soon
`
    .split(/\s+/)
    .filter(Boolean),
);

const WEAK_WORD_WEIGHT = 0.4;

export function wordWeight(word: string): number {
  return WEAK_WORDS.has(word) ? WEAK_WORD_WEIGHT : 1;
}
