/** The levels of a rubric table (Proficient / Basic / Developing, the issuer's own) and how they rank. */

/** Known level names by rank, highest first; a rubric's own levels compare by these ranks. */
const RANKED: readonly (readonly string[])[] = [
  [
    'exceeds expectations',
    'exceeds',
    'exemplary',
    'distinguished',
    'advanced',
    'highly proficient',
    'mastery',
    'ejemplar',
    'destacado',
    'avanzado',
  ],
  [
    'meets expectations',
    'meets',
    'met',
    'proficient',
    'demonstrated',
    'accomplished',
    'competente',
    'logrado',
    'demostrado',
    'satisfactorio',
  ],
  [
    'approaching expectations',
    'approaching',
    'approaches',
    'partially met',
    'partially proficient',
    'basic',
    'progressing',
    'básico',
    'en proceso',
    'en progreso',
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
    'below expectations',
    'not yet demonstrated',
    'not yet proficient',
    'not proficient',
    'needs improvement',
    'not met',
    'not yet',
    'incomplete',
    'unsatisfactory',
    'insuficiente',
    'no demostrado',
    'no cumplido',
    'no logrado',
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

export const levelOf = (text: string, levels: readonly string[]): { level: string; text: string } | null => {
  const match = /^(\p{L}[\p{L} ]{1,30}?)\s*[:\-–—]\s+(.+)$/u.exec(text);
  if (!match) return null;
  const known = levels.find((level) => level.toLowerCase() === match[1].toLowerCase().trim());
  return known ? { level: levelName(match[1].trim()), text: match[2] } : null;
};

/** "not met" is "Not Met"; a Spanish level keeps its sentence case ("En desarrollo"). */
export const levelName = (text: string) =>
  /^[a-z ]+$/i.test(text) && !/^en /i.test(text)
    ? text.replace(/\b[a-z]/g, (c) => c.toUpperCase())
    : text.charAt(0).toUpperCase() + text.slice(1);
