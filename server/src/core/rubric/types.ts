/** The rubric data model: what a rubric YAML file holds (validated by schemas/rubric.schema.json). */

export type LimitKind = 'hard' | 'guide';

export interface WordRequirement {
  min?: number;
  max?: number;
  /** A hard limit is an error when exceeded; a guide is a warning. */
  limit: LimitKind;
}

export interface ItemRequirement {
  /** At least this many top-level list items (or table body rows). */
  min: number;
  /** What one item is, singular: "stakeholder". */
  noun: string;
}

export interface RecordingRequirement {
  /** Each recording's written duration must be within [minSeconds, maxSeconds]. */
  minSeconds?: number;
  maxSeconds?: number;
  /** All recordings of the section together. */
  totalMaxSeconds?: number;
  /** A recording may stand in for the written text: the section is then judged by duration, not words. */
  replacesWords?: boolean;
}

export interface PhotoRequirement {
  max?: number;
  /** Every photo needs a caption. */
  captions?: boolean;
}

export interface MediaRequirement {
  recordings?: RecordingRequirement;
  photos?: PhotoRequirement;
  /** The section must hold media of a kind it lists (a recording, or a photo when photos are allowed). */
  required?: boolean;
}

export interface StatementRequirement {
  /** Each top-level list item (with its nested items) or table row needs at least this many counted words. */
  minWords: number;
}

export interface TimestampRequirement {
  /** At least this many timestamps for the section's video, read from the section and the `alsoIn` sections. */
  min: number;
  /** Ids of other sections whose timestamps count (the written plan that times the video's points). */
  alsoIn?: string[];
}

export interface CriterionLevel {
  level: string;
  text: string;
}

export interface RubricSection {
  id: string;
  title: string;
  aliases?: string[];
  /** Defaults to true. */
  required?: boolean;
  /** The word limits (the YAML key is `words`); a section's `words` elsewhere is its count. */
  words?: WordRequirement;
  items?: ItemRequirement;
  /** Each listed item needs a statement of why it matters. */
  statements?: StatementRequirement;
  /** At least this many points (top-level list items, or paragraphs and headings labelled "Point 1"). */
  minPoints?: number;
  media?: MediaRequirement;
  /** The section's video must be timed: when each point is addressed. */
  timestamps?: TimestampRequirement;
  /** The seed's instruction for the section, shown in hovers and templates. */
  prompt?: string;
  questions?: string[];
  /** Points the writer must cover, shown but not counted (e.g. the plan's three points). */
  points?: string[];
  criteria?: CriterionLevel[];
  passing?: string;
  sections?: RubricSection[];
}

export interface Rubric {
  id: string;
  title: string;
  kind: 'micro-credential' | 'framework';
  /** Who publishes the credential or framework. */
  source: string;
  description: string;
  passing?: string;
  anonymity?: string;
  /** The language the credential is written in (`en` when left out): the words templates add are in it. */
  language?: string;
  sections: RubricSection[];
}

/** A section with its place in the rubric, flattened in document order. */
export interface FlatSection {
  section: RubricSection;
  index: number;
  parent: FlatSection | null;
  depth: number;
}

export function flattenSections(rubric: Rubric): FlatSection[] {
  const out: FlatSection[] = [];
  const visit = (sections: RubricSection[], parent: FlatSection | null, depth: number) => {
    for (const section of sections) {
      const flat: FlatSection = { section, index: out.length, parent, depth };
      out.push(flat);
      if (section.sections) visit(section.sections, flat, depth + 1);
    }
  };
  visit(rubric.sections, null, 0);
  return out;
}

export const isRequired = (section: RubricSection): boolean => section.required !== false;
