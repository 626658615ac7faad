/**
 * Function words and desk filler ("ik wil graag", "can you help me") that say nothing about
 * the topic. Left in, they would let "mijn" or "the" decide where a resident goes, and as
 * words no topic knows they would count against the evidence of a good match. Words that
 * carry intent ("niet", "geen" in "lukt niet", "geen DigiD") are read separately by the
 * digital-help signals, on the full text.
 */
const DUTCH = `
de het een en of maar want dus dan als dat die dit deze daar hier er
ik mij me mijn mn je jij jou jouw u uw hij hem zij ze haar wij we ons onze jullie hun hen zich zelf men
is ben bent zijn was waren wordt worden werd werden word heb hebt heeft hebben had hadden gehad geweest
wil wilt willen wou wilde moet moeten moest kan kun kunt kunnen kon konden zal zullen zou zouden mag mogen
ga gaat gaan ging doe doet doen deed gedaan zit zitten zat staat staan stond kom komt komen kwam gekomen
krijg krijgt krijgen kreeg gekregen weet weten wist vind vindt vinden zie ziet zien zag zeg zegt zeggen
laat laten denk denkt dacht hoor hoort lijkt
in op aan met van voor naar bij uit om over tot door tegen onder na te toe sinds binnen buiten tussen naast achter
ook nog al wel niet geen nu toen straks later nooit altijd steeds weer soms vaak net bijna zomaar ineens opeens
eruit erin erop eraan ervan erover erbij ermee ervoor erachter
hoe wat waar wie welke welk waarom wanneer waarmee waarvoor waarover hoeveel zoveel zo zoals
ja nee oke ok hallo goedendag goedemorgen goedemiddag dag beste alstublieft aub bedankt dank
meneer mevrouw mw dhr vraag vragen vraagje nodig ding dingen iets niets alles iemand niemand ander andere
graag even eens heel erg zeer veel meer weinig echt gewoon eigenlijk misschien toch omdat nou
twee drie vier vijf
`;

const ENGLISH = `
i me my mine myself you your yours he him his she her it its we us our they them their
a an the and or but so if then than that this these those there here
is am are was were be been being have has had having do does did doing done
dont doesnt didnt cant cannot can could will would shall should may might must need needs want wants wanted
im ive whats wheres hows wont isnt arent wasnt havent hasnt
to of in on at by for with from about into over after before since
how what where who which why when please hi hello get got getting some any not no just very really
thanks thank sir madam keep keeps kept still always again anymore many much lot lots also too even ever
every each other another own know think like
`;

const STOP_WORDS: ReadonlySet<string> = new Set(`${DUTCH} ${ENGLISH}`.split(/\s+/).filter(Boolean));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
