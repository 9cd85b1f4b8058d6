/**
 * Checking open submissions: a burst of changes queues each document once, and the check reads its
 * newest version. Diagnostics are pushed, or pulled when the client asks for them.
 */
import { DocumentDiagnosticReportKind } from './languageServer';
import { linkedFilePaths } from '../core';
import type { ServerContext } from './context';
import { submissionDiagnostics } from './diagnostics';
import type { SubmissionDocument } from './documents';
import { AnalyzedNotification } from './protocol';
import { isRubricFile } from './workspace';

/** After the messages already read (Node's setImmediate; a browser worker has only timers). */
export const afterPendingMessages: (run: () => void) => void =
  typeof setImmediate === 'function' ? setImmediate : (run) => setTimeout(run, 0);

export class Checker {
  private readonly queued = new Set<string>();
  private readonly published = new Set<string>();
  private flushScheduled = false;
  private checkedOnce = false;
  /** Each document's latest check that reads its linked files. */
  private readonly lastCheck = new Map<string, number>();
  private checks = 0;

  constructor(private readonly context: ServerContext) {
    context.connection.languages.diagnostics.on(
      context.guard('diagnostics', (params) => {
        const found = context.submission(params.textDocument.uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: found ? submissionDiagnostics(found.analysis) : [] };
      }),
    );
  }

  schedule(uri: string): void {
    this.queued.add(uri);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    afterPendingMessages(() => this.flush());
  }

  /** Every open submission again: after settings or rubrics change. */
  recheckAll(): void {
    const { connection, client, documents } = this.context;
    for (const document of documents.all()) if (!isRubricFile(document.uri)) this.schedule(document.uri);
    if (client.pullDiagnostics && client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    if (client.lensRefresh) void connection.sendRequest('workspace/codeLens/refresh');
  }

  /** New facts of a submission's linked files: it is checked again, and the lenses showing lengths redrawn. */
  filesRead(uri: string): void {
    const { connection, client } = this.context;
    this.schedule(uri);
    if (client.pullDiagnostics && client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    if (client.lensRefresh) void connection.sendRequest('workspace/codeLens/refresh');
  }

  /** A closed document: its diagnostics are cleared. */
  closed(uri: string): void {
    const { connection, client, workspace } = this.context;
    workspace.forget(uri);
    this.context.linkedFiles?.forget(uri);
    this.queued.delete(uri);
    this.lastCheck.delete(uri);
    if (this.published.delete(uri) || !client.pullDiagnostics)
      void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private flush(): void {
    this.flushScheduled = false;
    const uris = [...this.queued];
    this.queued.clear();
    for (const uri of uris) {
      try {
        this.check(uri);
      } catch (error) {
        this.context.log(`could not check ${uri}: ${(error as Error).stack ?? error}`);
      }
    }
  }

  /**
   * The linked files are read once the diagnostics are written: reading them (and loading the
   * readers, the first time) never delays what the writer sees first. A newer check of the
   * document reads its own.
   */
  private readLinkedFiles(document: SubmissionDocument, paths: string[], sent: Promise<void>): void {
    const { linkedFiles, documents } = this.context;
    if (!linkedFiles) return;
    const check = ++this.checks;
    this.lastCheck.set(document.uri, check);
    const read = () => {
      if (documents.get(document.uri) === document && this.lastCheck.get(document.uri) === check)
        linkedFiles.linked(document.uri, paths);
    };
    sent.then(read, read);
  }

  private check(uri: string): void {
    const { connection, client } = this.context;
    const found = this.context.submission(uri);
    if (!found) {
      // A document that stopped being a submission keeps no diagnostics.
      if (this.published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const { document, analysis } = found;
    let sent: Promise<void> = Promise.resolve();
    if (!client.pullDiagnostics && (analysis.rubric || analysis.diagnostics.length > 0 || this.published.has(uri))) {
      sent = connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: submissionDiagnostics(analysis),
      });
      this.published.add(uri);
    }
    if (analysis.rubric) this.readLinkedFiles(document, linkedFilePaths(analysis.blockIndex), sent);
    if (client.analyzedNotifications)
      void connection.sendNotification(AnalyzedNotification, { uri, version: document.version });
    if (!this.checkedOnce) {
      this.checkedOnce = true;
      this.context.platform.firstChecked?.();
    }
  }
}
