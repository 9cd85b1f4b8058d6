/**
 * The facts of the files each open submission links, read in the background: when a submission is
 * checked and the files it links are not the ones read for it, and again when a watched file
 * changes. A check never waits for a file: until the facts come, the written durations stand; when
 * they come, the submission is checked again.
 */
import type { FileFacts, FileFactsLookup } from '../core';

/** Reads the facts of `paths` (as written in the submission at `documentUri`); a file it may not read is left out. */
export type LinkedFileReader = (
  documentUri: string,
  paths: readonly string[],
  workspaceFolderUris: readonly string[],
  log: (line: string) => void,
) => Promise<Map<string, FileFacts>>;

interface DocumentFacts {
  /** The linked paths asked for, joined: what the facts are of. */
  asked: string;
  facts: Map<string, FileFacts>;
  /** Changes when new facts arrive, so an analysis made with the old ones is made again. */
  version: number;
  reading: number;
}

export class LinkedFiles {
  private readonly byDocument = new Map<string, DocumentFacts>();

  constructor(
    private readonly reader: LinkedFileReader | null,
    private readonly folders: () => readonly string[],
    private readonly log: (line: string) => void,
    private readonly read: (uri: string) => void,
  ) {}

  /** What is known of the document's linked files; undefined when files are not read at all. */
  lookup(uri: string): FileFactsLookup | undefined {
    if (!this.reader) return undefined;
    const facts = this.byDocument.get(uri)?.facts;
    return (path) => facts?.get(path);
  }

  version(uri: string): number {
    return this.byDocument.get(uri)?.version ?? 0;
  }

  /** After a check: reads the linked files in the background when they are not the ones read. */
  linked(uri: string, paths: readonly string[]): void {
    if (!this.reader) return;
    const asked = paths.join('\n');
    const known = this.byDocument.get(uri);
    if (known && known.asked === asked) return;
    const entry = known ?? { asked, facts: new Map(), version: 0, reading: 0 };
    entry.asked = asked;
    this.byDocument.set(uri, entry);
    this.readFor(uri, entry, paths);
  }

  /** A watched file changed: every open submission's linked files are read again (unchanged ones from the cache). */
  filesChanged(): void {
    for (const [uri, entry] of this.byDocument) this.readFor(uri, entry, entry.asked ? entry.asked.split('\n') : []);
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  private readFor(uri: string, entry: DocumentFacts, paths: readonly string[]): void {
    const reading = ++entry.reading;
    if (paths.length === 0) {
      if (entry.facts.size > 0) this.arrived(uri, entry, new Map());
      return;
    }
    this.reader!(uri, paths, this.folders(), this.log)
      .then((facts) => {
        if (this.byDocument.get(uri) === entry && entry.reading === reading && !sameFacts(entry.facts, facts))
          this.arrived(uri, entry, facts);
      })
      .catch((error: Error) => this.log(`the files linked from ${uri} could not be read: ${error.message}`));
  }

  private arrived(uri: string, entry: DocumentFacts, facts: Map<string, FileFacts>): void {
    entry.facts = facts;
    entry.version++;
    this.read(uri);
  }
}

function sameFacts(a: Map<string, FileFacts>, b: Map<string, FileFacts>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, facts] of a) if (JSON.stringify(facts) !== JSON.stringify(b.get(path))) return false;
  return true;
}
