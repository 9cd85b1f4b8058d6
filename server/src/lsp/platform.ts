/**
 * What the server needs from where it runs, given to `startServer` by its entry: where the user
 * rubric files come from, how (if at all) each submission's project config is found, and how an
 * export reads the images a submission shows. Node (`nodePlatform.ts`, over node/) reads them all from
 * the disk; a web worker (`web/platform.ts`) has no disk: its client reads the rubric files, the
 * images and the project configs through the editor's file system.
 */
import type { Connection } from 'vscode-languageserver';
import {
  type ConfigFinder,
  type ConfigForFile,
  type docxOfTree,
  type exportReadinessReport,
  type ImageReader,
  type importWordDocument,
  type LoadedConfig,
  type Messages,
  NOTHING_CONFIGURED,
  type plainTextOfTree,
  type readRequirements,
  type slug,
} from '../core';
import type { htmlToRequirementText } from '../core/intake/requirements';
import type { LinkedFileReader } from './linkedFiles';
import type { RubricSource } from './rubricSource';

export interface ProjectConfigReader {
  /**
   * A fresh finder of each file's nearest project config, its problems in `messages`' language; null
   * where there are no files to look in.
   */
  finder: ((connection: Connection, messages: Messages) => ConfigFinder) | null;
  /**
   * Where the finder looks for a document's config, from its URI: the file's path on the disk, or
   * the URI itself in the editor's file system; null for a document it cannot look beside.
   */
  locate: (uri: string) => string | null;
  /** What a (valid) config says about the file at `location`. */
  forFile: (loaded: LoadedConfig | null, location: string) => ConfigForFile;
  /** The finder asks the client for the files (so not before `initialize` is answered). */
  asksClient?: boolean;
}

/** A PDF's requirement text as the PDF reader lays it out (server/src/node/pdfReader.ts). */
export interface PdfRequirementText {
  text: string;
  pages: number;
  /** No text, as the pages' content cannot be decoded (not a scanned copy's pictures). */
  damaged?: boolean;
}

export interface ServerPlatform {
  rubricSource: RubricSource;
  projectConfig: ProjectConfigReader;
  /** Whether two URIs name one file (on the disk: through links too). */
  sameFile: (a: string, b: string) => boolean;
  /**
   * Reads images named relative to the submission at `documentUri`, from inside its folder or one
   * of the workspace folders only.
   */
  images: (
    documentUri: string,
    connection: Connection,
    workspaceFolderUris: readonly string[],
    messages: Messages,
  ) => ImageReader;
  /**
   * A PDF's requirement text and page count, laid out in the PDF reader's own bundle (not at start-up).
   * `damaged`: no text, as its pages cannot be decoded.
   */
  pdfText: (bytes: Uint8Array) => Promise<PdfRequirementText>;
  /** The Word converters, loaded when a .docx is first imported. */
  wordReader: () => Promise<WordReader>;
  /** The export writers, loaded at the first export. */
  exporter: () => Promise<Exporter>;
  /** The requirement reader, loaded at the first import of requirements. */
  importer: () => Promise<RequirementImporter>;
  /** Reads what the files a submission links say (exists, length, metadata); null where files are not read. */
  linkedFiles: ((connection: Connection) => LinkedFileReader) | null;
  /** Called once, after the first submission was checked and its diagnostics sent (Node: the code cache is saved). */
  firstChecked?: () => void;
}

/** The writers take the document's syntax tree from the server, which parses it: their bundle has no parser. */
export interface Exporter {
  docxOfTree: typeof docxOfTree;
  exportReadinessReport: typeof exportReadinessReport;
  plainTextOfTree: typeof plainTextOfTree;
}

export interface RequirementImporter {
  readRequirements: typeof readRequirements;
  slug: typeof slug;
}

export interface WordReader {
  /** A .docx body as HTML. */
  wordToHtml: (bytes: Uint8Array) => Promise<string>;
  importWordDocument: typeof importWordDocument;
  /** A saved web page of requirements as the lines the requirements reader reads (in the reading thread, on Node). */
  htmlToRequirementText: (html: string) => ReturnType<typeof htmlToRequirementText> | Promise<string>;
}

export const NO_PROJECT_CONFIG: ProjectConfigReader = {
  finder: null,
  locate: () => null,
  forFile: () => NOTHING_CONFIGURED,
};
