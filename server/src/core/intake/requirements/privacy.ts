/** The anonymity rule of a credential's requirements, and the privacy rules that go with it. */

/** Privacy rules on what the evidence shows: students' faces, their names. */
const FACES_OR_NAMES =
  "\\b(?:(?:[\\w']+ )?(?:photos?|images?|pictures?|videos?|recordings?)\\b[^.]*\\b(?:must|should|may) not|" +
  "do not|don't|never) (?:show|include|reveal|identify|use|share)\\b[^.]*\\b(?:faces?|names?)\\b[^.]*\\.|" +
  '\\b(?:blur|crop out|cover|hide|obscure)\\b[^.]*\\bfaces?\\b[^.]*\\.';
/**
 * The anonymity rule, and the privacy rules beside it: "do not include any … identifiable …", "remove all
 * identifying information", "Photos must not show students' faces".
 */
export const ANONYMITY_RULES = [
  /(?:\bplease )?\bdo not include any (?:information|details)\b[^.]*\bidentifiable\b[^.]*\./i,
  new RegExp(
    '(?:\\bplease )?\\b(?:remove|delete|redact|blur|black out|obscure|hide)\\b[^.]*' +
      '\\b(?:identifying|identifiable|personal) (?:information|details)\\b[^.]*\\.',
    'i',
  ),
  new RegExp(FACES_OR_NAMES, 'i'),
  /\bno incluya (?:ninguna |ningún )?(?:información|dato)[^.]*\bidentifi[^.]*\./i,
];
export const ANONYMITY = new RegExp(ANONYMITY_RULES.map((rule) => rule.source).join('|'), 'i');
