/**
 * What the server needs from where it runs, given to `startServer` by its entry: where the user
 * rubric files come from, how (if at all) each submission's project config is found, and how an
 * export reads the images a submission shows. Node (`node/serverPlatform.ts`) reads them all from
 * the disk; a web worker (`web/platform.ts`) has no disk: its client reads the rubric files and the
 * images, and no project config is read.
 */
import type { Connection } from 'vscode-languageserver';
import type { ConfigFinder, ImageReader, LoadedConfig } from '../core';
import type { ConfigForFile } from '../node/projectConfig';
import type { RubricSource } from './rubricSource';

export interface ProjectConfigReader {
  /** A fresh finder of each file's nearest project config; null where there are no files to look in. */
  finder: (() => ConfigFinder) | null;
  /** What a (valid) config says about the file at `path`. */
  forFile: (loaded: LoadedConfig | null, path: string) => ConfigForFile;
}

export interface ServerPlatform {
  rubricFiles: RubricSource;
  projectConfig: ProjectConfigReader;
  /** Reads images named relative to the submission at `documentUri`. */
  images: (documentUri: string, connection: Connection) => ImageReader;
}

export const NO_PROJECT_CONFIG: ProjectConfigReader = {
  finder: null,
  forFile: () => ({ associatedRubricId: null, identifyingTerms: [], ignored: null, rubricPaths: [] }),
};
