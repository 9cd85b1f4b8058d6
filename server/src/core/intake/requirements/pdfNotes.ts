/**
 * A page's footnotes as a word processor prints them: a mark in smaller type raised right after a word or
 * a number ("400¹ words"), and the note at the foot of the page, opened by the same mark. On its own line
 * the mark would split a sentence, and the note at the page's foot would be read in whatever Part ends the
 * page; a note is read at the end of its mark's line, in parentheses, as a saved page's notes are read at
 * their marks (htmlNotes.ts).
 */
/** A text run as pdfText.ts has it (said here: pdfText.ts imports this file). */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size?: number;
}

const MARK = /^(?:\d{1,2}|[*†‡])$/;

export function notesInPlace<T extends Run>(page: readonly T[]): T[] {
  const marks = page.flatMap((mark) => {
    const host = MARK.test(mark.text.trim()) ? hostOf(mark, page) : undefined;
    return host ? [{ mark, host }] : [];
  });
  if (!marks.length) return [...page];
  const gone = new Set<Run>(marks.map(({ mark }) => mark));
  const said = new Map<Run, string>();
  for (const { mark, host } of marks) {
    const note = noteOf(mark.text.trim(), host, page, gone);
    for (const run of note) gone.add(run);
    const words = note
      .map((run) => run.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(mark.text.trim().length)
      .trim();
    // Said at the end of its mark's line, where it splits no phrase ("400¹ words").
    const end = page
      .filter((run) => !gone.has(run) && Math.abs(run.y - host.y) <= 2.5 && run.x >= host.x)
      .sort((a, b) => b.x - a.x)[0];
    if (words && end) said.set(end, `${said.get(end) ?? end.text} (${words})`);
  }
  return page
    .filter((run) => !gone.has(run))
    .map((run) => (said.has(run) ? { ...run, text: said.get(run) ?? '' } : run));
}

/** The run a raised mark in smaller type follows at once: its note's place. */
function hostOf(mark: Run, page: readonly Run[]): Run | undefined {
  const size = mark.size ?? 0;
  return page.find((host) => {
    const hostSize = host.size ?? 0;
    const raised = mark.y - host.y;
    return (
      host !== mark &&
      host.text.trim() !== '' &&
      size > 0 &&
      size < hostSize * 0.8 &&
      raised > 1 &&
      raised < hostSize * 0.7 &&
      Math.abs(mark.x - (host.x + host.width)) < 3
    );
  });
}

/**
 * The note a mark leads to: the lowest line under its place that opens with the mark (alone or before a
 * word, never "1." as a list does), with the lines right under it that no other mark opens.
 */
function noteOf(mark: string, host: Run, page: readonly Run[], gone: Set<Run>): Run[] {
  const line = (y: number) => page.filter((run) => !gone.has(run) && Math.abs(run.y - y) <= 2.5);
  /** The words right after a mark alone (raised as in the text, or not): a mark with none is a page's number. */
  const wordsAfter = (run: Run) =>
    page.find((next) => {
      const gap = next.x - (run.x + run.width);
      return !gone.has(next) && gap > -1 && gap < 6 && run.y - next.y > -2.5 && run.y - next.y < (run.size ?? 10);
    });
  const opens = (run: Run) =>
    !gone.has(run) &&
    run.y < host.y - 1 &&
    (startsNote(run.text, mark) || (run.text.trim() === mark && !!wordsAfter(run)));
  const opener = page.filter(opens).sort((a, b) => a.y - b.y)[0];
  if (!opener) return [];
  const first = opener.text.trim() === mark ? (wordsAfter(opener) ?? opener) : opener;
  const note = [...new Set([opener, ...line(first.y)])].sort((a, b) => a.x - b.x);
  const step = (first.size ?? 10) * 1.6;
  for (let y = first.y; ; ) {
    const next = page
      .filter((run) => !gone.has(run) && run.y < y - 2.5 && run.y >= y - step && run.text.trim())
      .sort((a, b) => b.y - a.y)[0];
    if (!next || MARK.test(next.text.trim()) || /^(?:\d{1,2}|[*†‡])\s*\p{Lu}/u.test(next.text)) break;
    y = next.y;
    note.push(...line(y).sort((a, b) => a.x - b.x));
  }
  return note;
}

const startsNote = (text: string, mark: string) =>
  text.startsWith(mark) && /^\s*\p{L}/u.test(text.slice(mark.length)) && !/^\d/.test(text.slice(mark.length));
