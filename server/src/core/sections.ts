/** The rubric's sections as found in a document: which heading opens each, and what it holds. */
import type { BlockIndex } from './count';
import { isWithin, type OutlineHeading } from './outline';
import type { SectionMatch } from './match';
import { flattenSections, type FlatSection, type Rubric } from './rubric';
import type { MediaInfo } from './summary';

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
  /** A recording stands in for the text (engaging-stakeholders' Part 3). */
  judgedByRecording: boolean;
  /** Some of its rubric subsections have headings. */
  hasFoundSubsections: boolean;
  status: SectionStatus;
}

export function findSections(
  rubric: Rubric,
  outline: readonly OutlineHeading[],
  index: BlockIndex,
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
  const results: SectionResult[] = [];
  for (const flat of flattenSections(rubric)) {
    const candidates = claims.get(flat.index) ?? [];
    const parentHeading = flat.parent ? results[flat.parent.index].heading : null;
    // A subsection is looked for inside its Part first, then anywhere.
    const heading = (parentHeading && candidates.find((h) => isWithin(h, parentHeading))) || candidates[0] || null;
    results.push(measure(flat, heading, candidates.filter((h) => h !== heading), index));
  }
  for (const result of results) {
    result.hasFoundSubsections = results.some((other) => other.flat.parent === result.flat && other.heading !== null);
  }
  return results;
}

function measure(flat: FlatSection, heading: OutlineHeading | null, duplicates: OutlineHeading[], index: BlockIndex): SectionResult {
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
    judgedByRecording: false,
    hasFoundSubsections: false,
    status: 'missing',
  };
  if (!heading) return result;
  const from = heading.end;
  const to = heading.sectionEnd;
  const words = index.wordsIn(from, to);
  result.words = words;
  if (section.items) result.items = index.itemsIn(from, to);
  for (const media of index.mediaIn(from, to)) (media.recording ? result.recordings : result.photos).push(media);
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
