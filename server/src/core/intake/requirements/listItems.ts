/**
 * Artifacts asked for as a list ("Please submit: • …", "1. A lesson plan…"): a section per item,
 * inside its Part, or at the top level when the requirements have no Parts (BloomBoard's shape).
 */
import type { SourceLine } from './lines';
import { NUMBER } from './numbers';
import type { Node, Structure } from './structure';
import { withoutOptionalMark } from './optional';

/** Gives each Part that asks for its artifacts as a list, or the requirements without sections, a section per item. */
export function listItemSections(shape: Structure): void {
  for (const part of shape.sections) {
    if (part.children.length > 0) continue;
    // A section ("Section B – Evidence") holds a list of artifacts only when a line says it is one.
    const asks =
      part.kind === 'part'
        ? /artifact|evidence|submission|work example/i.test(part.title) || asksToSubmit(part.body)
        : part.body.some((line) => !line.bullet && INTRODUCES_ITEMS.test(line.text));
    const items = asks ? itemSections(part.body) : null;
    // "Choose one of the following options:": the items are a choice, none required on its own.
    const choice = part.body.some((line) => !line.bullet && CHOOSE_ONE.test(line.text));
    if (items && choice) for (const item of items) item.choice = true;
    if (items) {
      part.body = part.body.filter((line) => !line.bullet);
      part.children.push(...items);
    }
  }
  if (shape.sections.length > 0 || !asksToSubmit(shape.preamble)) return;
  const items = itemSections(shape.preamble);
  if (!items) return;
  shape.preamble = shape.preamble.filter((line) => !line.bullet);
  shape.sections.push(...items);
}

/** "Upload the following:", "Please submit the following three artifacts:", "Submit:". */
const INTRODUCES_ITEMS = /^(?:please )?(?:submit|upload|include|provide)(?: the following\b[^:]*)?:$/i;

/** "Choose one of the following options:", "Select ONE:": the items after are a choice ("Choose one of your
 * lessons" is no choice among them). */
const CHOOSE_ONE =
  /\b(?:choose|select|pick)\s+(?:only\s+)?(?:one|1)\b(?! of (?:your|the) (?!following))|\bone of the following\b/i;
const asksToSubmit = (lines: readonly SourceLine[]) =>
  lines.some(
    (line) =>
      !line.bullet && (/\b(?:submit|upload)\b|^(?:please )?include\b/i.test(line.text) || CHOOSE_ONE.test(line.text)),
  );

/** A section per list item; null when there is none, or the items are questions to answer. */
function itemSections(lines: readonly SourceLine[]): Node[] | null {
  const bullets = lines.filter((line) => line.bullet);
  if (bullets.length === 0 || bullets.some((line) => line.text.includes('?'))) return null;
  return bullets.map((bullet) => {
    const labelled: readonly string[] | null =
      /^([^:.?]{2,60}):\s+(.+)$/.exec(bullet.text) ?? boldLabel(bullet) ?? dashLabel(bullet.text);
    const named = labelled ? labelled[1] : itemTitle(bullet.text);
    // "Student work samples (optional)": an item the writer need not include.
    const optional = withoutOptionalMark(labelled ? named : bullet.text) !== null;
    const title = (labelled && withoutOptionalMark(named)) || named;
    return {
      kind: 'section',
      fixedId: null,
      title,
      titleLine: bullet,
      aliases: labelled ? [] : coordinatedAliases(title),
      body: [{ ...bullet, bullet: false, text: labelled ? labelled[2] : bullet.text }],
      scoringNotes: [],
      children: [],
      rows: [],
      fromBullet: labelled ? 'labelled' : 'guessed',
      ...(optional ? { optional } : {}),
    };
  });
}

/** "1. **Coaching Log** — A log of …": the item's name in bold, then a dash or a period, then its text. */
const BOLD_LABEL = /^\S+\s+(?:\*\*|__)([^*_]{2,60}?)[.:]?(?:\*\*|__)\s*[.:]?\s*[-–—]?\s+(\S.*)$/;
function boldLabel(bullet: SourceLine): [string, string, string] | null {
  const found = BOLD_LABEL.exec(bullet.raw);
  if (!found) return null;
  // The same groups from the item's clean text, whose words the section keeps.
  const name = found[1].trim();
  const rest = bullet.text.slice(bullet.text.indexOf(name) + name.length).replace(/^\s*[.:]?\s*[-–—]?\s*/, '');
  return bullet.text.startsWith(name) && rest ? [bullet.text, name, rest] : null;
}

/** "Calm Corner Plan — a plan of …", "Check-In Data - a log …": a name in title case, a dash, then its text. */
function dashLabel(text: string): [string, string, string] | null {
  const found = /^(\p{Lu}[^—–:.?]{1,58}?)\s+[—–-]\s+(\S.*)$/u.exec(text);
  const words = found?.[1].split(' ') ?? [];
  const titled = words.every(
    (word, i) => /^\p{Lu}/u.test(word) || (i > 0 && /^(?:of|for|and|the|a|an|in|on|to|with)$/.test(word)),
  );
  return found && titled && words.length <= 6 ? [text, found[1], found[2]] : null;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the noun phrase ends: a clause ("that shows", "you gave", "how you…") or a measure ("of 300 words"). */
const CLAUSE = new RegExp(
  '\\s(?:(?:in|on|at|during|for|with|from|by|through) (?:which|whom)|' +
    'that|which|who|whom|whose|what|how|why|where|when|about|showing|demonstrating|to|of you(?:rself)?|' +
    '(?<!\\b(?:of|with|by|for|from)\\s)you|' +
    `(?:of|with|on|for|in|from|lasting)(?=\\s+(?:${NUMBER}|no more|no less|at least|up to|between|a minimum|about|` +
    'approximately|roughly|around)\\b))\\s|[.(:;,]|\\s[—–]\\s',
  'i',
);
/** "A 3-5 minute video", "a 300-word reflection", "a one-page summary": the measure is a rule, not the name. */
const MEASURE = new RegExp(
  `^(?:${NUMBER})(?:\\s*(?:-|–|to)\\s*(?:${NUMBER}))?[\\s-]+(?:minutes?|min|seconds?|words?|pages?)[\\s-]+`,
  'i',
);

/** "Up to 8 photos", "At least three samples", "3-5 photos": the count is a rule, not the name. */
const COUNT = new RegExp(
  `^(?:(?:up to|at least|no more than|a minimum of|a maximum of|between)\\s+)?(?:${NUMBER})` +
    `(?:\\s*(?:-|–|to|and)\\s*(?:${NUMBER}))?\\s+(?=\\p{L})`,
  'iu',
);

/**
 * A list item's opening noun phrase: "A lesson plan that shows…" is "Lesson plan", "A 3-5 minute video
 * of you…" "Video", "Up to 8 photos of the routines posted in…" "Photos of the routines".
 */
function itemTitle(text: string): string {
  const bare = text
    .trim()
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(MEASURE, '')
    .replace(COUNT, '');
  const words = bare.split(CLAUSE)[0].trim().split(/\s+/);
  // A participle after a noun starts what describes it ("samples collected during…", "photos … posted in…").
  const participle = words.findIndex(
    (word, i) => i >= 2 && /^\p{L}{3,}ed$/u.test(word) && !NOT_A_NOUN.test(words[i - 1]),
  );
  const title = words
    .slice(0, participle > 0 ? participle : 8)
    .slice(0, 8)
    .join(' ');
  return capitalized(title || text.split(/\s+/).slice(0, 8).join(' '));
}

const NOT_A_NOUN = /^(?:of|for|to|in|on|at|with|from|about|by|that|which|who|showing|the|an?|your|my)$/i;

/** "Audio or video recordings" is headed "Recordings" or "Video or audio recordings" too. */
function coordinatedAliases(title: string): string[] {
  const match = /^(\p{L}+) (or|and) (\p{L}+) (\p{L}+(?: \p{L}+){0,2})$/u.exec(title);
  if (!match || NOT_A_NOUN.test(match[4].split(' ')[0])) return [];
  const [, first, joint, second, noun] = match;
  const lowered = /^\p{Lu}\p{Ll}+$/u.test(first) ? first.toLowerCase() : first;
  return [capitalized(noun), `${capitalized(second)} ${joint} ${lowered} ${noun}`];
}
