/**
 * What the client does when the language server dies: it starts it again, unless it died five
 * times in three minutes. The library's own handler also gives up on the server after a few
 * failed writes to it, and a dead server fails every message the editor sends it until its exit
 * is noticed: a busy editor then stopped checking for good instead of restarting the server.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';

const MOST_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;

export class RestartOnCrash implements ErrorHandler {
  private crashes: number[] = [];

  /** A message that could not be written or read: the server's exit, if that is what it is, comes next. */
  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < WINDOW_MS), now];
    if (this.crashes.length <= MOST_RESTARTS)
      return {
        action: CloseAction.Restart,
        message: vscode.l10n.t('The Rubric Writer server stopped; starting it again.'),
      };
    return {
      action: CloseAction.DoNotRestart,
      message: vscode.l10n.t(
        'The server stopped {0} times in 3 minutes; run Rubric Writer: Restart Server to start it again.',
        this.crashes.length,
      ),
    };
  }
}
