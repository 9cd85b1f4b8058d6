/** What a block's digest holds; all offsets are relative to the block's own text. */
import type { IdentifyingMatch, MatchRun, Timestamp } from '../text';

export interface HeadingInfo {
  start: number;
  end: number;
  depth: number;
  text: string;
}

export interface ListInfo {
  start: number;
  items: number;
  /** Not nested inside another list: its items are things listed, not reasons for them. */
  topLevel: boolean;
}

export interface TableInfo {
  start: number;
  bodyRows: number;
}

/** One thing listed: a top-level list item (with its nested items) or a table body row. */
export interface EntryInfo {
  kind: 'item' | 'row';
  start: number;
  end: number;
  /** The length of its first line (where a diagnostic about the item points). */
  firstLine: number;
  /** It begins with a point label ("Point 1", "First point"). */
  labelled: boolean;
}

/** A paragraph or heading, outside any list, that begins with a point label. */
export interface PointLabelInfo {
  start: number;
  end: number;
}

export interface MediaInfo {
  start: number;
  end: number;
  url: string;
  /** An audio or video recording; otherwise a photo. */
  recording: boolean;
  /** The written duration of a recording, in seconds. */
  seconds: number | null;
  /** For photos: has a caption. */
  captioned: boolean;
  /** Where the written duration is, relative to `start`; null when it is inside the link's text or absent. */
  written: { from: number; to: number } | null;
  /** Set by the analysis when the file's own length is known: `seconds` is then the file's. */
  fromFile?: { seconds: number; written: number | null; name: string };
}

/** A link or image whose destination is a local file. */
export interface LinkedFileInfo {
  start: number;
  end: number;
  /** The path as the file system spells it (decoded). */
  path: string;
  /** The destination as written, relative to `start` (what a quick fix replaces). */
  destination: { from: number; to: number } | null;
  image: boolean;
}

export interface CommentInfo {
  start: number;
  end: number;
  text: string;
}

export interface TextRun {
  start: number;
  text: string;
}

export interface FrontMatterInfo {
  start: number;
  end: number;
  value: string;
  /** Offset of the YAML value inside the block. */
  valueStart: number;
}

export interface BlockDigest {
  length: number;
  lineStarts: number[];
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  headings: HeadingInfo[];
  lists: ListInfo[];
  tables: TableInfo[];
  entries: EntryInfo[];
  pointLabels: PointLabelInfo[];
  media: MediaInfo[];
  linkedFiles: LinkedFileInfo[];
  /** Timestamps in running text (not the durations written after media links). */
  timestamps: Timestamp[];
  /** The `<!-- rubric-writer-disable… -->` comments (the only comments the rules read). */
  directives: CommentInfo[];
  identifying: IdentifyingMatch[];
  textRuns: TextRun[];
  /** The text the privacy check reads (reader text, headings, link destinations, alt text). */
  matchRuns: MatchRun[];
  /** Labels this block defines: `[label]` for links (`[ ^label]` if labelled `^label`), `[^label]` for footnotes. */
  definitions: string[];
  frontMatter: FrontMatterInfo | null;
  /** Lines read as plain text, not Markdown: too deeply nested or too dense with delimiters to parse. */
  plainRegions: { start: number; end: number }[];
  /** The block ends inside a construct (fence, HTML block) that would swallow a following heading. */
  openAtEnd: boolean;
  /**
   * When that construct is a fenced code or raw HTML block at the top level, its opener line: the next
   * block, parsed after this line, reads as the rest of it (so an unclosed fence does not make the rest
   * of the document one block).
   */
  openContext: string;
}
