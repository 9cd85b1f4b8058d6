/** The anonymity rule of a credential's requirements, and the privacy rules that go with it. */

/** Privacy rules on what the evidence shows: students' faces, their names. */
const FACES_OR_NAMES =
  "\\b(?:(?:[\\w']+ )?(?:photos?|images?|pictures?|videos?|recordings?)\\b[^.]*\\b(?:must|should|may) not|" +
  "do not|don't|never) (?:show|include|reveal|identify|use|share)\\b[^.]*\\b(?:faces?|names?)\\b[^.]*\\.|" +
  '\\b(?:blur|crop out|cover|hide|obscure)\\b[^.]*\\bfaces?\\b[^.]*\\.|' +
  // "Remove student names from …", "… with student names removed."
  "\\b(?:remove|delete|redact|black out|omit)\\s+(?:all\\s+)?(?:the\\s+)?(?:students?'?s?\\s+|children'?s\\s+)?" +
  'names\\b[^.]*\\.|' +
  "\\bwith (?:students?'?s?\\s+|their\\s+|all\\s+)?names\\s+(?:removed|redacted|blacked out|omitted)\\b[^.]*\\.|" +
  // "(no student faces)", "with no faces visible", "Students' faces should not be visible."
  "\\(no (?:students?'?s?\\s+|children'?s?\\s+)?faces\\)|" +
  "\\bno (?:students?'?s?\\s+)?faces (?:visible|shown)\\b[^.]*\\.?|" +
  '\\bfaces (?:should|must|may) not be (?:visible|shown|seen|recognizable|identifiable)\\b[^.]*\\.?';
/** The same in Spanish: "No incluya nombres (ni apellidos) de estudiantes", "Cuide que no aparezcan los rostros …". */
const NOMBRES_O_ROSTROS =
  '(?:\\bno (?:incluya|incluyan|muestre|muestren|mencione|use|utilice)|\\belimine|\\bborre|\\bomita|\\boculte|' +
  '\\bdifumine|\\bcubra|(?:\\bcuide (?:de )?que |\\basegúrese de que )?\\bno (?:aparezcan?|se vean?|se muestren?))' +
  '\\b[^.]*\\b(?:nombres?|apellidos|rostros?|caras?)\\b[^.]*\\.';
/**
 * The anonymity rule, and the privacy rules beside it: "do not include any … identifiable …", "remove all
 * identifying information", "Photos must not show students' faces".
 */
export const ANONYMITY_RULES = [
  new RegExp(
    '(?:\\bplease )?\\bdo not include any (?:information|details)\\b[^.]*\\bidentifiable\\b[^.]*\\.|' +
      // "Do not include identifying information.", "Don't share personally identifiable details."
      "(?:\\bplease )?\\b(?:do not|don't) (?:include|share|submit|provide|reveal) (?:any )?" +
      '(?:(?:personally )?identif(?:ying|iable)|personal) (?:information|details)\\b[^.]*\\.',
    'i',
  ),
  new RegExp(
    '(?:\\bplease )?\\b(?:remove|delete|redact|blur|black out|obscure|hide)\\b[^.]*' +
      '\\b(?:identifying|identifiable|personal) (?:information|details)\\b[^.]*\\.',
    'i',
  ),
  new RegExp(FACES_OR_NAMES, 'i'),
  /\bno incluya (?:ninguna |ningún )?(?:información|dato)[^.]*\bidentifi[^.]*\./i,
  new RegExp(NOMBRES_O_ROSTROS, 'i'),
  // "Use pseudonyms for students", "Refer to students by pseudonym", "Utilice seudónimos".
  /\b(?:use|using|by|with|utilice|usando|con)\b[^.]*\bp?seud(?:onyms?|[oó]nimos?)\b[^.]*\./i,
];
export const ANONYMITY = new RegExp(ANONYMITY_RULES.map((rule) => rule.source).join('|'), 'i');
