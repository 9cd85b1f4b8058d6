/**
 * Sections the text does not require: a heading marked "(optional)", "Optional:" or "— optional", a text that
 * opens "If applicable, …", and "Option A" / "Option B" offered as a choice (one of them is asked for).
 */

/** The marks that make a heading optional, where it puts them. */
const MARK = new RegExp(
  '\\s*\\((?:optional|if applicable|where applicable|opcional|si (?:corresponde|aplica))\\)|' +
    '^(?:optional|opcional)\\s*[:–—-]\\s*|\\s+[-–—]\\s*(?:optional|opcional)$',
  'i',
);

/** The heading without its optional mark, or null when it has none. */
export function withoutOptionalMark(text: string): string | null {
  if (!MARK.test(text)) return null;
  const bare = text.replace(MARK, '').trim();
  return bare || null;
}

/** "If applicable, include …", "Optional: …", "This artifact is optional.": the section's own text makes it so. */
const OPENS_OPTIONAL = /^(?:optional\b|(?:if|where) applicable\b|opcional\b|si (?:corresponde|aplica)\b)/i;
const SAYS_OPTIONAL =
  /\b(?:this|the) (?:section|part|artifact|evidence|piece of evidence|item|component|step|task) is optional\b/i;

export const opensOptional = (first: string | undefined, all: readonly string[]) =>
  (first !== undefined && OPENS_OPTIONAL.test(first)) || all.some((text) => SAYS_OPTIONAL.test(text));

/** "Option A: Video", "Choice 2 —": one of several offered, none required on its own. */
export const isOption = (title: string) => /^(?:option|choice|opción)\s+(?:[a-h]|\d{1,2}|one|two|three)\b/i.test(title);
