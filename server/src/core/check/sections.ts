/** The rubric's sections as found in a document: which heading opens each, and what it holds. */
import { type BlockIndex, type EntryInfo, isWithin, type OutlineHeading, type MediaInfo } from '../document';
import type { Timestamp } from '../text';
import type { SectionMatch } from './match';
import { flattenSections, type FlatSection, type Rubric } from '../rubric';

export type SectionStatus = 'ok' | 'missing' | 'empty' | 'under' | 'over';

export interface SectionResult {
  flat: FlatSection;
  id: string;
  title: string;
  heading: OutlineHeading | null;
  /** Later headings that match the same section. */
  duplicates: OutlineHeading[];
  words: number | null;
  items: number | null;
  recordings: MediaInfo[];
  photos: MediaInfo[];
  /** With the rubric's `statements`: each listed item and its counted words. */
  entries: (EntryInfo & { words: number })[];
  /** With the rubric's `minPoints`: the points found. */
  points: number | null;
  /** With the rubric's `timestamps`: those in the section and in its `alsoIn` sections, in document order. */
  timestamps: Timestamp[];
  /** A recording stands in for the text (engaging-stakeholders' Part 3). */
  judgedByRecording: boolean;
  /** Some of its rubric subsections have headings. */
  hasFoundSubsections: boolean;
  /**
   * Where the section's text ends: at the next heading of the same or a higher level, or at the next
   * heading of another rubric section that is not one of its own subsections (so "Part 2" ends
   * "Part 1" whatever their heading levels).
   */
  end: number;
  status: SectionStatus;
}

export function findSections(
  rubric: Rubric,
  outline: readonly OutlineHeading[],
  blockIndex: BlockIndex,
  match: (heading: string) => SectionMatch | null,
): SectionResult[] {
  const claims = new Map<number, OutlineHeading[]>();
  for (const heading of outline) {
    const found = match(heading.text);
    if (!found) continue;
    const list = claims.get(found.index) ?? [];
    list.push(heading);
    claims.set(found.index, list);
  }
  const flats = flattenSections(rubric);
  const chosen: (OutlineHeading | null)[] = [];
  for (const flat of flats) {
    const candidates = claims.get(flat.index) ?? [];
    const parentHeading = flat.parent ? chosen[flat.parent.index] : null;
    // A subsection is looked for inside its Part first, then anywhere.
    chosen.push((parentHeading && candidates.find((h) => isWithin(h, parentHeading))) || candidates[0] || null);
  }
  const results = flats.map((flat, i) => {
    const heading = chosen[i];
    const duplicates = (claims.get(flat.index) ?? []).filter((h) => h !== heading);
    return measure(flat, heading, duplicates, heading ? sectionEnd(flat, heading, claims) : 0, blockIndex);
  });
  for (const result of results) {
    result.hasFoundSubsections = results.some((other) => other.flat.parent === result.flat && other.heading !== null);
    const wanted = result.flat.section.timestamps;
    if (!wanted || !result.heading) continue;
    const timed = results.filter((other) => other === result || wanted.alsoIn?.includes(other.id));
    result.timestamps = timed
      .flatMap((other) => (other.heading ? blockIndex.timestampsIn(other.heading.end, other.end) : []))
      .sort((a, b) => a.start - b.start);
  }
  return results;
}

function sectionEnd(flat: FlatSection, heading: OutlineHeading, claims: Map<number, OutlineHeading[]>): number {
  let end = heading.sectionEnd;
  for (const [index, headings] of claims) {
    if (index === flat.index || isDescendant(index, flat)) continue;
    for (const other of headings) if (other.start > heading.start && other.start < end) end = other.start;
  }
  return end;
}

function isDescendant(index: number, ancestor: FlatSection): boolean {
  const descendants = ancestor.section.sections ? countDescendants(ancestor.section) : 0;
  return index > ancestor.index && index <= ancestor.index + descendants;
}

function countDescendants(section: FlatSection['section']): number {
  return (section.sections ?? []).reduce((n, child) => n + 1 + countDescendants(child), 0);
}

function measure(
  flat: FlatSection,
  heading: OutlineHeading | null,
  duplicates: OutlineHeading[],
  end: number,
  blockIndex: BlockIndex,
): SectionResult {
  const { section } = flat;
  const result: SectionResult = {
    flat,
    id: section.id,
    title: section.title,
    heading,
    duplicates,
    words: null,
    items: null,
    recordings: [],
    photos: [],
    entries: [],
    points: null,
    timestamps: [],
    judgedByRecording: false,
    hasFoundSubsections: false,
    end,
    status: 'missing',
  };
  if (!heading) return result;
  const from = heading.end;
  const to = end;
  const words = blockIndex.wordsIn(from, to);
  result.words = words;
  if (section.items) result.items = blockIndex.itemsIn(from, to);
  if (section.statements)
    result.entries = blockIndex
      .entriesIn(from, to)
      .map((entry) => ({ ...entry, words: blockIndex.wordsIn(entry.start, entry.end) }));
  if (section.minPoints !== undefined) result.points = countPoints(blockIndex, from, to);
  for (const media of blockIndex.mediaIn(from, to)) (media.recording ? result.recordings : result.photos).push(media);
  result.judgedByRecording = Boolean(section.media?.recordings?.replacesWords) && result.recordings.length > 0;
  const hasMedia = result.recordings.length + result.photos.length > 0;
  const limits = section.words;
  if (words === 0 && !hasMedia) result.status = 'empty';
  else if (result.judgedByRecording || !limits) result.status = 'ok';
  else if (limits.max !== undefined && words > limits.max) result.status = 'over';
  else if (limits.min !== undefined && words > 0 && words < limits.min) result.status = 'under';
  else result.status = 'ok';
  return result;
}

/**
 * A plan's points: its paragraphs and headings labelled "Point 1" (with any list items so labelled),
 * or, when nothing is labelled so, its top-level list items.
 */
function countPoints(blockIndex: BlockIndex, from: number, to: number): number {
  const labels = blockIndex.pointLabelsIn(from, to).length;
  const items = blockIndex.entriesIn(from, to).filter((entry) => entry.kind === 'item');
  return labels > 0 ? labels + items.filter((item) => item.labelled).length : items.length;
}
