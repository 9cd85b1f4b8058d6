/** Every custom request and notification between the Rubric Writer server and its clients. */
import type { Readiness, SectionState } from '../core/check/sectionState';
import type { StatusCounts } from '../core/check/statusCounts';
import {
  NotificationType,
  RequestType,
  RequestType0,
  type Position,
  type Range,
  type TextDocumentIdentifier,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** A section's state (computed once by the server, after suppressions) with its place in the document. */
export interface SectionInfo extends SectionState {
  /** The heading's range, when found. */
  range: Range | null;
  /** The whole section's range, when found. */
  sectionRange: Range | null;
}

export interface SectionsResult {
  uri: string;
  version: number;
  rubric: { id: string; title: string } | null;
  sections: SectionInfo[];
  errors: number;
  warnings: number;
  /** Every required (or found) section ready and no error or warning left. */
  ready: boolean;
  /** How many sections are ready, of how many. */
  readiness: Readiness;
  /** The counts the language status shows. */
  status: StatusCounts;
  /** Set when a project config's `ignores` match the file: it is not checked (and `rubric` is null). */
  ignored?: IgnoredBy | null;
}

/** The project config (`.rubric-writer.yaml`) that ignores a file, and the glob that matched. */
export interface IgnoredBy {
  /** The config file's URI. */
  config: string;
  glob: string;
}

/** The section table of a document (status bar, checklist view); null for a document that is not open. */
export const SectionsRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, SectionsResult | null, void>(
  'rubricWriter/sections',
);

/** A section as plain text for the credential platform's form: the one at `position`, or by id. */
export const PlainTextRequest = new RequestType<
  { textDocument: TextDocumentIdentifier; position?: Position; section?: string },
  { section: string; title: string; text: string } | null,
  void
>('rubricWriter/plainText');

export interface RubricInfo {
  id: string;
  title: string;
  kind: 'micro-credential' | 'framework';
  source: string;
  description: string;
  /** Where a user rubric came from; null for built-ins. */
  origin: string | null;
  sections: { id: string; title: string; depth: number }[];
}

/** Every rubric the server knows (built-in and the workspace's). */
export const RubricsRequest = new RequestType0<RubricInfo[], void>('rubricWriter/rubrics');

/** A complete submission template for a rubric, and the line where the writer starts (0-based). */
export const TemplateRequest = new RequestType<{ rubric: string }, { text: string; line?: number } | null, void>(
  'rubricWriter/template',
);

/** A rubric rendered as Markdown ("Show Rubric"). */
export const RubricMarkdownRequest = new RequestType<{ rubric: string }, { markdown: string } | null, void>(
  'rubricWriter/rubricMarkdown',
);

/** The edit that inserts a section's heading (and guidance) at its rubric place; null if it is there already. */
export const InsertSectionRequest = new RequestType<
  { textDocument: TextDocumentIdentifier; section: string },
  WorkspaceEdit | null,
  void
>('rubricWriter/insertSection');

/** Sent after a document was checked, so clients refresh their views. */
export const AnalyzedNotification = new NotificationType<{ uri: string; version: number }>('rubricWriter/analyzed');

export type ExportFormat = 'docx' | 'html' | 'text';

export interface ExportResult {
  /** The file's bytes, base64: the client writes them where the user chose. */
  base64: string;
  /** What the user should know (a missing image, say), with 1-based lines of the submission. */
  warnings: { line: number; message: string }[];
  /** Why nothing was exported (the target is the submission itself); `base64` is then empty. */
  refused?: string;
}

/** A submission exported: a Word document, plain text per section, or the readiness report; null when no submission. */
export const ExportRequest = new RequestType<
  /** `target`: where the client will write the bytes, refused when it is the submission itself. */
  { textDocument: TextDocumentIdentifier; format: ExportFormat; target?: string },
  ExportResult | null,
  void
>('rubricWriter/export');

/** A rubric file as the editor read it: its bytes in base64, or why they were not read. */
export interface EditorRubricFile {
  uri: string;
  size: number;
  /** Base64; null when the file is larger than asked for, or could not be read. */
  content: string | null;
  /** Why the file could not be read. */
  error?: string;
  /** Found only in a folder a project config's `rubricPaths` names. */
  fromConfig?: boolean;
}

/**
 * Sent by a server that cannot read the disk itself (in a browser) to its client, which finds and
 * reads the workspace's `*.rubric.yaml` files and every YAML file under `rubricPaths` (resolved
 * against the workspace folders) through the editor's file system.
 */
export const RubricFilesRequest = new RequestType<
  { rubricPaths: string[]; configRubricPaths?: string[]; maxFiles: number; maxBytes: number },
  { files: EditorRubricFile[]; stopped: string | null },
  void
>('rubricWriter/rubricFiles');

/**
 * Sent by a server that cannot read the disk itself to its client: a file's bytes (base64) read
 * through the editor's file system, e.g. an image a submission shows, for export, or a project
 * config; null when it cannot be read or is larger than `maxBytes`. `exists` says whether there is
 * a file or folder at `uri` at all, and `size` is its size.
 */
export const ReadFileRequest = new RequestType<
  { uri: string; maxBytes: number },
  { content: string | null; exists?: boolean; size?: number },
  void
>('rubricWriter/readFile');

/**
 * The bundles a web worker loads on first use (dist/<name>.js), the same files Node requires: the
 * Word reader and the export writers (word), the media reader.
 */
export const WEB_BUNDLES = ['word', 'media-reader', 'importer', 'pdf-reader'] as const;
export type WebBundle = (typeof WEB_BUNDLES)[number];

/**
 * Sent by a server in a web worker to its client the first time it needs one of its bundles: the
 * bundle's text, read through the editor's file system from the extension's folder, or, where that
 * folder cannot be read so (an extension served over HTTP), its URL.
 */
export const BundleScriptRequest = new RequestType<{ name: WebBundle }, { text: string } | { url: string }, void>(
  'rubricWriter/bundleScript',
);

/** The forms a credential's requirements come in. */
export type RequirementsFormat = 'text' | 'html' | 'docx' | 'pdf';

export type ImportRubricResult =
  | {
      id: string;
      title: string;
      /** The rubric file's text, to write as `<id>.rubric.yaml`. */
      yaml: string;
      sections: number;
      rules: number;
      /** What the writer should confirm: the `# check:` notes, each with its line in the requirements. */
      checks: { line: number; why: string }[];
    }
  | { error: string };

/** A credential's requirements (text, or a file's bytes in base64) read as a rubric file; `source` names them. */
export const ImportRubricRequest = new RequestType<
  /** `id`: the rubric's id (default: made from its title, or the next free one after it). */
  { format: RequirementsFormat; text?: string; base64?: string; source: string; id?: string },
  ImportRubricResult,
  void
>('rubricWriter/importRubric');

export type ImportWordResult =
  | {
      markdown: string;
      rubric: { id: string; title: string };
      /** Each image, named relative to the Markdown (`draft-images/image-1.png`), its bytes in base64. */
      images: { path: string; base64: string }[];
      sectionsFound: string[];
      insertions: number;
      deletions: number;
      comments: number;
      /** What could not be converted, each a phrase ("hidden text (3 words) was left out: …"). */
      notes: string[];
      /** What in the draft's metadata, headers, footers or comments would identify the writer: each a sentence. */
      identifying: string[];
    }
  /** `unmatched`: no rubric matched the headings well; ask the writer and send `rubricId`. */
  | { error: string; unmatched?: boolean };

/** A Word draft (.docx bytes in base64) as a submission in Markdown; its images linked under `imageFolder`. */
export const ImportWordRequest = new RequestType<
  { base64: string; imageFolder: string; name: string; rubricId?: string },
  ImportWordResult,
  void
>('rubricWriter/importWord');

/**
 * The Node flags the editor starts the server with. A small young generation: a long submission's
 * first parse makes much short-lived garbage, and at Node's default semi-space (16 MB) the peak
 * RSS with 100,000 words held about 20 MB more of it (119 MB against 97 MB); the live heap after
 * the analysis is under 20 MB either way. A steady old generation: V8 grows the heap by up to 4×
 * while a first parse allocates fast, and with the code cache's compiled functions it runs fast
 * enough to be given that much (peak RSS 116 MB at 100,000 words; 105 MB grown by 30% at a time,
 * for the same CPU time and edit latencies). And regular expressions compiled once, to machine code,
 * which dist/server.js sets itself when the command line does not (REGEXP_FLAG in
 * server/src/node/codeCache.ts): given here, it spares the start-up loading `node:v8` to set it.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=30', '--no-regexp-tier-up'];
export { CODE_CACHE_ARGUMENT } from './serverArguments';
