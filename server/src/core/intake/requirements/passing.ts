/** What it takes to pass, as requirements word it: of one section, or of the whole credential. */
import { sentences } from './lines';

/** "All sections", "each of the artifacts", "every piece of evidence": the whole submission. */
const EVERY_PART =
  '(?:all|every|each) (?:(?:of the|of your) )?' +
  '(?:sections?|parts?|components?|artifacts?|pieces? of evidence|evidence|criteria|criterion)';
/**
 * What it takes to pass the whole credential: "To earn this micro-credential…", "All sections must Meet
 * Standard", "All sections must be Met to earn the micro-credential" ("… this portion … in order to earn"
 * is the Part's).
 */
/** The credential as a whole: "the micro-credential", "this badge", a PD portal's "credit". */
const CREDENTIAL = '(?:(?:the|this) (?:micro-?credential|badge)|(?:pd |professional learning )?credit)\\b';
/** Who earns it: "Participants must receive … to earn the micro-credential". */
const EARNER = '(?:you|participants?|educators?|candidates?|earners?|applicants?|teachers?)';
const OVERALL = new RegExp(
  `^(?:in order )?to earn ${CREDENTIAL}|^para obtener (?:la|esta) micro-?credencial\\b|` +
    '^(?:se (?:otorga|concede|obtiene)|obtendrá) (?:la|esta) micro-?credencial\\b|' +
    `^${EVERY_PART} (?:must|needs? to|(?:is|are) required to)\\b|` +
    `^(?:${EVERY_PART}|${EARNER})\\b[^.]*\\bto (?:earn|receive) ${CREDENTIAL}|` +
    // "A score of 3 or higher on every task is required to earn the badge."
    `\\b(?:every|each|all) (?!of this\\b)[^.]*\\b(?:to (?:earn|receive)|earns|receives) ${CREDENTIAL}|` +
    // "A passing submission earns Proficient or Advanced in every row."
    '^an? (?:passing|successful) (?:submission|portfolio)\\b|' +
    // "You earn the badge when every artifact is rated Proficient.", "The badge is awarded once …"
    `^${EARNER} (?:will )?(?:earn|receive) ${CREDENTIAL}|^${CREDENTIAL} is (?:awarded|earned|granted)\\b`,
  'i',
);
/** "… on this portion of the total submission in order to earn the micro-credential": the Part's. */
const THIS_PART = /\bthis (?:portion|part|section|component|artifact)\b/i;
export const isOverallPassing = (sentence: string) => OVERALL.test(sentence) && !THIS_PART.test(sentence);

const PASSING_LABEL =
  '(?:passing(?: (?:criteria|criterion|score|requirements?|standard))?|criteria for passing|to pass|aprobado|' +
  'para aprobar|criterios? (?:para aprobar|de aprobación))';
/** "Passing Criteria:" on a line of its own: the statement is the line below. */
export const PASSING_ALONE = new RegExp(`^${PASSING_LABEL}\\s*:?$`, 'i');
const PASSING = new RegExp(`^${PASSING_LABEL}\\s*[:\\-–—]\\s*(.+)$`, 'i');
const MUST_PASS = new RegExp(
  '\\byou (?:must|need to) (?:earn|receive|achieve|score|obtain)\\b|' +
    // "To pass, you need a total score of 9 or higher", "To pass the micro-credential, …"
    '^to pass(?:,| (?:this|the) micro-?credential\\b)|' +
    // "All sections must be Met to earn the micro-credential."
    '\\bmust be (?:rated |scored )?[\\w ]{1,30}? to (?:earn|pass|receive) (?:the|this) micro-?credential\\b|' +
    // "Participants must receive … to earn the micro-credential.", "… is required to earn the badge."
    `\\b(?:must|needs? to|required)\\b[^.]*\\b(?:in order )?to (?:earn|receive) ${CREDENTIAL}|` +
    // "A rating of Proficient on every row earns the micro-credential."
    `\\b(?:on|in|for) (?:every|each|all)\\b[^.]*\\b(?:earns|receives) ${CREDENTIAL}|` +
    // "To pass this section, every goal sheet must name a measurable goal."
    '^to pass (?:this|the|each) (?:section|part|artifact|component|piece of evidence|evidence)\\b|' +
    // "To earn this micro-credential, all evidence must be rated Demonstrated."
    `\\bto earn ${CREDENTIAL},? [^.]*\\b(?:must|needs? to|(?:is|are) required)\\b|` +
    // "Para obtener la microcredencial se requiere una puntuación de 3 o más en cada evidencia."
    '^para obtener (?:la|esta) micro-?credencial\\b,?[^.]*\\b(?:se requiere|es necesari[oa]|se necesita)|' +
    // "You earn the badge when every artifact is rated Proficient.", "The badge is awarded once all …"
    `\\b${EARNER} (?:will )?(?:earn|receive) ${CREDENTIAL} (?:when|once|if|after)\\b|` +
    `\\b${CREDENTIAL} is (?:awarded|earned|granted) (?:when|once|if|after)\\b|` +
    '\\b(?:usted )?deben? (?:recibir|obtener|aprobar|lograr|alcanzar)\\b|' +
    // "Se otorga la microcredencial con «Logrado» en todos los componentes."
    '^(?:se (?:otorga|concede|obtiene)|obtendrá) (?:la|esta) micro-?credencial\\b|' +
    '^an? (?:passing|successful) (?:submission|portfolio) (?:earns|receives|scores|has|is)\\b|' +
    // "All sections must Meet Standard.", "Each artifact must be rated Proficient or higher."
    `^${EVERY_PART} (?:must|needs? to|(?:is|are) required to) ` +
    '(?:be rated|be scored|score|receive|earn|meet|achieve|reach)\\b',
  'i',
);
/** The passing statement a sentence of the line makes, if any. */
export function passingIn(text: string): string | null {
  const labelled = PASSING.exec(text);
  if (labelled) return labelled[1];
  return sentences(text).find((sentence) => MUST_PASS.test(sentence)) ?? null;
}
