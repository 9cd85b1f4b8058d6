/** The levels of a rubric table (Proficient / Basic / Developing, the issuer's own) and how they rank. */

/** Known level names by rank, highest first; a rubric's own levels compare by these ranks. */
const RANKED: readonly (readonly string[])[] = [
  [
    'exceeds expectations',
    'exceeds standard',
    'exceeds the standard',
    'exceeds',
    'exemplary',
    'distinguished',
    'advanced',
    'highly proficient',
    'highly effective',
    'mastery',
    'ejemplar',
    'destacado',
    'sobresaliente',
    'excelente',
    'avanzado',
  ],
  [
    'meets expectations',
    'meets standard',
    'meets the standard',
    'meets',
    'met',
    'proficient',
    'demonstrated',
    'accomplished',
    'strong',
    'effective',
    'competente',
    'logrado',
    'demostrado',
    'satisfactorio',
  ],
  [
    'approaching expectations',
    'approaches standard',
    'approaches the standard',
    'approaching standard',
    'approaching',
    'approaches',
    'partially met',
    'partially proficient',
    'basic',
    'progressing',
    'adequate',
    'acceptable',
    'minimally effective',
    'básico',
    'en proceso',
    'en progreso',
    'parcialmente logrado',
  ],
  [
    'developing',
    'emerging',
    'en desarrollo',
    'emergente',
    'beginning',
    'novice',
    'inicial',
    'does not meet',
    'does not meet expectations',
    'does not meet standard',
    'does not meet the standard',
    'does not yet meet standard',
    'does not yet meet the standard',
    'below standard',
    'below expectations',
    'not yet demonstrated',
    'not yet proficient',
    'not proficient',
    'needs improvement',
    'not met',
    'not yet',
    'incomplete',
    'unsatisfactory',
    'ineffective',
    'insuficiente',
    'no demostrado',
    'no cumplido',
    'no logrado',
    'no evidenciado',
  ],
];

export const KNOWN_LEVELS: readonly string[] = RANKED.flat();

/**
 * How high a level ranks (higher is better), or null for a level of the issuer's own. "Developing"
 * under "Proficient" ranks below "Basic"; it only compares with the levels of its own table.
 */
export function levelRank(level: string): number | null {
  const name = level.toLowerCase().trim();
  const rank = RANKED.findIndex((names) => names.includes(name));
  if (rank < 0) return null;
  // "Beginning" and the "not yet" levels sit below "Developing" where a table has both.
  const lowest = RANKED[3];
  return rank === 3 ? -lowest.indexOf(name) : (RANKED.length - rank) * 100;
}

/** "4", "4 points", "Level 4": a level's score. */
const SCORE = '(?:(?:level|nivel)\\s+)?(\\d{1,2})(?:\\s*(?:points?|pts?\\.?|puntos?))?';
/** "Exemplary (4 points)", "Exemplary [4]", "Exemplary – 4": a level named with its score after it. */
const SCORE_AFTER = new RegExp(
  `^(\\p{L}[\\p{L} ]{1,30}?)\\s*(?:\\(\\s*${SCORE}\\s*\\)|\\[\\s*${SCORE}\\s*\\]|[-–—=]\\s*${SCORE})$`,
  'iu',
);
/** "4 – Exemplary", "4. Exemplary", "4": a level named with its score before it, or by its score alone. */
const SCORE_BEFORE = /^(\d{1,2})(?:\s*[-–—:.)]?\s*(\p{L}[\p{L} ]{0,30}))?$/u;

/** A level as a rubric heads it, its score apart: "4 – Exemplary" is Exemplary, scored 4. */
export function scoredLevel(cell: string): { name: string; score?: number } {
  // "Level 4 – Distinguished" is "4 – Distinguished".
  const text = cell.trim().replace(/^(?:level|nivel)\s+(?=\d{1,2}\s*[-–—:.)]\s*\p{L})/iu, '');
  const after = SCORE_AFTER.exec(text);
  if (after) return { name: after[1].trim(), score: Number(after[2] ?? after[3] ?? after[4]) };
  // "Level 4", "3 points": the score is the level's whole name.
  const named =
    /^(?:level|score|band|nivel|puntuación|puntaje)\s+(\d{1,2})$|^(\d{1,2})\s*(?:points?|pts?\.?|puntos?)$/i.exec(text);
  if (named) return { name: text, score: Number(named[1] ?? named[2]) };
  const before = SCORE_BEFORE.exec(text);
  if (before) return { name: before[2]?.trim() || before[1], score: Number(before[1]) };
  return { name: text };
}

/** A line labelled with a level: "Proficient: …", "Exemplary (4 points): …", "Exemplary – 4 points: …". */
/** "Score 3": a level named by its score alone, as some scoring guides label their lines. */
const SCORE_NAME = '(?:[Ss]core|[Pp]untuaci[oó]n|[Pp]untaje)\\s+\\d{1,2}';
const LABELLED = new RegExp(
  `^(${SCORE_NAME}|(?:\\d{1,2}\\s*[-–—.)]\\s*)?\\p{L}[\\p{L} ]{1,30}?` +
    '(?:\\s*[(\\[]\\s*\\d{1,2}(?:\\s*(?:points?|pts?\\.?|puntos?))?\\s*[)\\]]|' +
    '\\s*[-–—]\\s*\\d{1,2}\\s*(?:points?|pts?\\.?|puntos?))?)\\s*[:\\-–—]\\s+(.+)$',
  'u',
);

export const levelOf = (
  text: string,
  levels: readonly string[],
): { level: string; text: string; score?: number } | null => {
  const match = LABELLED.exec(text);
  if (!match) return null;
  const { name, score } = scoredLevel(match[1]);
  const known = levels.find((level) => level.toLowerCase() === name.toLowerCase());
  if (!known && !new RegExp(`^${SCORE_NAME}$`, 'u').test(name)) return null;
  return { level: levelName(name), text: match[2], ...(score === undefined ? {} : { score }) };
};

/** "Proficient" alone, its criterion on the next line (no heading, no level of its own): "Proficient: …". */
export function levelAbove(text: string, next: string, nextIsHeading: boolean): ReturnType<typeof levelOf> {
  if (nextIsHeading || !KNOWN_LEVELS.includes(scoredLevel(text).name.toLowerCase())) return null;
  if (levelOf(next, KNOWN_LEVELS) || KNOWN_LEVELS.includes(next.toLowerCase())) return null;
  return levelOf(`${text}: ${next}`, KNOWN_LEVELS);
}

/**
 * "not met" is "Not Met", "meets the standard" "Meets the Standard" (in title case, its small words apart); a
 * Spanish level keeps its sentence case ("En desarrollo", "No logrado").
 */
export const levelName = (text: string) =>
  /^[a-z ]+$/i.test(text) && !/^(?:en|no) /i.test(text)
    ? text.replace(/\b[a-z]+/gi, (word, at: number) =>
        at > 0 && /^(?:the|of|a|an|and|or|to|in|on|for)$/i.test(word)
          ? word.toLowerCase()
          : word.charAt(0).toUpperCase() + word.slice(1),
      )
    : text.charAt(0).toUpperCase() + text.slice(1);

/** A known level named as a label, in capitals, inside a line: "… Does Not Meet Expectations: …". */
const LEVEL_LABEL = new RegExp(
  // A score before the level ("3 – Proficient") follows a label's colon or a criterion's end, not "Evidence 1 — ".
  `(?<![\\p{L}\\d])((?:(?<=^|[:|\\t.!?;]\\s{0,3})\\d{1,2}\\s*[-–—.)]\\s*)?)(${[...KNOWN_LEVELS]
    .sort((a, b) => b.length - a.length)
    .map((level) => level.replace(/ /g, '\\s+'))
    .join(
      '|',
    )}|${SCORE_NAME})(?:\\s*\\(\\s*\\d{1,2}(?:\\s*(?:points?|pts?\\.?|puntos?))?\\s*\\))?(?:\\s*[:–—]|\\s+-)\\s+`,
  'giu',
);

/**
 * Every level a line gives, each with its criterion: "Evidence 1: Meets Expectations: … Does Not Meet
 * Expectations: …" (the levels apart by a space, a tab or " | "), and the label before the first level.
 * Null unless the line names two levels or more, each in capitals.
 */
export function levelsOnOneLine(text: string): { label: string; cells: string[] } | null {
  const found = [...text.matchAll(LEVEL_LABEL)].filter((match) => /^\p{Lu}/u.test(match[2]));
  if (found.length < 2) return null;
  const before = text.slice(0, found[0].index);
  const label = before.replace(/[\s:|–—-]+$/, '');
  // The label is a name ("Evidence 1", "Lesson Plan"), not a sentence that happens to name a level.
  if (label && (!/[:|\t–—-]\s*$/.test(before) || !/^[^.?!]{1,80}$/.test(label))) return null;
  const cells = found.map((match, i) =>
    text.slice(match.index, found[i + 1]?.index ?? text.length).replace(/[\s|]+$/, ''),
  );
  return cells.every((cell) => levelOf(cell, KNOWN_LEVELS)) ? { label, cells } : null;
}

/** The line names a level as a label ("Evidence 1 — Demonstrated: …"): a rubric row, however it opens. */
export const labelsALevel = (text: string) =>
  [...text.matchAll(LEVEL_LABEL)].some((match) => /^\p{Lu}/u.test(match[2]));

/** A known level alone on its line ("Proficient", "### Exemplary (4 points)"), a rubric's criteria below it. */
export const levelAlone = (text: string): ReturnType<typeof levelOf> =>
  /:\s*\S/.test(text) ? null : levelOf(`${text.replace(/:$/, '')}: -`, KNOWN_LEVELS);

/**
 * "Proficient / Basic / Developing": a rubric's levels apart by slashes in one cell or line; each a known level,
 * or the issuer's own short names beside one known.
 */
export function slashLevels(text: string): string[] | null {
  const parts = text.trim().split(/\s*\/\s*/);
  if (parts.length < 2 || parts.length > 6) return null;
  const names = parts.map((part) => scoredLevel(part).name);
  const known = names.filter((name) => KNOWN_LEVELS.includes(name.toLowerCase())).length;
  const short = names.every((name) => /^\p{Lu}[\p{L} -]{0,30}$/u.test(name) && name.split(' ').length <= 4);
  return known === names.length || (known > 0 && short) ? names.map(levelName) : null;
}

/** "Performance levels: Exceeds / Meets / Not Yet", or the levels alone on their line: the rubric's scale. */
const SCALE_LABEL = new RegExp(
  '^(?:(?:performance|proficiency|rating|rubric|scoring) (?:levels?|scale)|levels?|scale|ratings?|' +
    'niveles(?: de desempeño)?|escala)\\s*:\\s*(.+)$',
  'i',
);
export const levelScale = (text: string) => slashLevels(SCALE_LABEL.exec(text)?.[1] ?? text);

/**
 * "Proficient / Basic / Developing: Four circles. / Two circles. / No plan.": each level its criterion, in order;
 * "Basic / Developing: Fewer than ten students.": one criterion the levels share.
 */
export function slashLabelled(text: string): { level: string; text: string }[] | null {
  const match = /^([^:]{3,100}):\s+(.+)$/.exec(text);
  const levels = match ? slashLevels(match[1]) : null;
  if (!match || !levels) return null;
  const texts = match[2].split(/\s+\/\s+/);
  return levels.map((level, i) => ({ level, text: texts.length === levels.length ? texts[i] : match[2] }));
}

/** Labels no rubric level is: a note, a tip, a passing statement, a score. */
const NOT_A_LEVEL =
  /^(?:passing|note|notes|tip|example|comments?|feedback|score|total|look fors?|aprobado|nota|ejemplo)$/i;

/**
 * The issuer's own level names in a scoring guide ("Skillful: …" beside "Developing: …" and "Not Yet: …" under each
 * component): a short label in capitals that heads two lines or more, each next to a line a known level labels,
 * or one line that opens a run of known levels or stands inside one.
 */
export function ownLevels(texts: readonly string[]): string[] {
  const known = (i: number) => i >= 0 && i < texts.length && levelOf(texts[i], KNOWN_LEVELS) !== null;
  const seen = new Map<string, number>();
  texts.forEach((text, i) => {
    const label = /^(\p{Lu}\p{L}*(?: \p{L}+){0,2}):\s+\S/u.exec(text)?.[1]?.toLowerCase();
    // ("Task B: Student Strategies" after the levels of Task A heads a section: its number or letter says so.)
    if (!label || NOT_A_LEVEL.test(label) || KNOWN_LEVELS.includes(label) || /\s(?:\d+|[a-z]|[ivx]+)$/.test(label))
      return;
    if (!(known(i - 1) || known(i + 1))) return;
    // (Once is enough at the head of the run or inside it; a label after a run may be the page going on.)
    const run = (known(i + 1) && known(i + 2)) || (known(i - 1) && known(i + 1));
    seen.set(label, (seen.get(label) ?? 0) + (run ? 2 : 1));
  });
  return [...seen].filter(([, n]) => n >= 2).map(([label]) => label);
}
