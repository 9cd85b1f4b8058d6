/**
 * What every feature of the server is handed: the connection, the open documents, the workspace,
 * what the client can do, and the two guards every handler goes through (a failure is logged and
 * answered with an error; a request about a document that is no open submission gets `none`).
 */
import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from './languageServer';
import { type Analysis, messagesFor } from '../core';
import { OpenDocuments, SubmissionDocument } from './documents';
import type { LinkedFiles } from './linkedFiles';
import type { ServerPlatform } from './platform';
import { isRubricFile, ServerState } from './workspace';

/** What the client said it supports, read once at `initialize`. */
export interface ClientSupport {
  pullDiagnostics: boolean;
  configuration: boolean;
  watchesFiles: boolean;
  lensRefresh: boolean;
  diagnosticRefresh: boolean;
  analyzedNotifications: boolean;
  /** Reads the rubric files for the server (`rubricWriter/rubricFiles`). */
  readsRubricFiles: boolean;
}

export interface OpenSubmission {
  document: SubmissionDocument;
  analysis: Analysis;
}

export type Lifecycle = 'starting' | 'running' | 'shut down';

export class ServerContext {
  readonly documents = new OpenDocuments((uri) => !isRubricFile(uri));
  readonly workspace: ServerState;
  /** The linked files' facts, where the platform reads files. */
  linkedFiles: LinkedFiles | null = null;
  lifecycle: Lifecycle = 'starting';
  client: ClientSupport = {
    pullDiagnostics: false,
    configuration: false,
    watchesFiles: false,
    lensRefresh: false,
    diagnosticRefresh: false,
    analyzedNotifications: false,
    readsRubricFiles: false,
  };

  constructor(
    readonly connection: Connection,
    readonly platform: ServerPlatform,
  ) {
    this.workspace = new ServerState(platform.projectConfig);
  }

  log(message: string): void {
    this.connection.console.error(`[rubric-writer] ${message}`);
  }

  /**
   * The open document as a submission, analysed; null when it is none (then or now). A Markdown
   * document is parsed only once its front matter may name a rubric or a setting or the project
   * config associates it.
   */
  submission(uri: string): OpenSubmission | null {
    const document = this.documents.get(uri);
    if (!(document instanceof SubmissionDocument)) return null;
    if (!document.namesRubric() && !this.workspace.associates(uri)) return null;
    document.wake();
    return { document, analysis: this.workspace.analysisOf(document) };
  }

  /**
   * A handler that answers as the LSP spec says outside the running state (-32002 before
   * `initialize`, InvalidRequest after `shutdown`), and turns a failure into a logged error reply in the
   * writer's language.
   */
  guard<P, R>(name: string, handler: (params: P) => R): (params: P) => R | ResponseError<never> {
    return (params) => {
      const messages = messagesFor(this.workspace.locale);
      if (this.lifecycle === 'starting')
        return new ResponseError(ErrorCodes.ServerNotInitialized, messages.t('view.request.notInitialized'));
      if (this.lifecycle === 'shut down')
        return new ResponseError(ErrorCodes.InvalidRequest, messages.t('view.request.shutDown'));
      const failed = (error: unknown): ResponseError<never> => {
        this.log(`${name} failed: ${(error as Error).stack ?? error}`);
        const failure = messages.t('view.request.failed', { request: name, reason: (error as Error).message });
        return new ResponseError(ErrorCodes.InternalError, failure);
      };
      try {
        const answer = handler(params);
        // An asynchronous handler (export, the imports) fails later: its rejection gets the same reply.
        return answer instanceof Promise ? (answer.catch(failed) as R) : answer;
      } catch (error) {
        return failed(error);
      }
    };
  }

  /** A guarded handler for requests about one document: `none` when it is no open submission. */
  onSubmission<P extends { textDocument: { uri: string } }, R>(
    name: string,
    none: R,
    handler: (found: OpenSubmission, params: P) => R,
  ): (params: P) => R | ResponseError<never> {
    return this.guard(name, (params: P) => {
      const found = this.submission(params.textDocument.uri);
      return found ? handler(found, params) : none;
    });
  }
}
