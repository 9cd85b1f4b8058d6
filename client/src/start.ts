/**
 * What the extension does around its language server, the same on the desktop and in the browser:
 * the client's options, the views, the status bar and the commands. The entries (`extension.ts`,
 * `web/extension.ts`, one of which main.ts requires) differ only in how the server is started.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { ChecklistView } from './checklistView';
import { registerCommands } from './commands';
import { RubricLanguageStatus } from './languageStatus';
import { answerFileRequests } from './editorFiles';
import { refreshLensesAfterChecks } from './lensRefresh';
import type { RubricClient } from './rubricClient';
import { Sections } from './sections';
import { RestartOnCrash } from './serverCrashes';
import { SectionStatusBar } from './statusBar';
import { openWalkthroughOnce } from './walkthrough';

/** What `activate` returns, so tests can reach the running pieces. */
export interface RubricWriterApi {
  client: RubricClient;
  sections: Sections;
  statusBar: SectionStatusBar;
  checklist: ChecklistView;
  languageStatus: RubricLanguageStatus;
}

/**
 * `readsRubricFiles`: the client finds and reads the rubric files for the server, through the
 * editor's file system (a server in a browser, or a workspace that is not on the local disk).
 */
export function clientOptions(outputChannel: vscode.OutputChannel, readsRubricFiles: boolean): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'markdown' }, { pattern: '**/*.rubric.{yaml,yml}' }],
    synchronize: { configurationSection: 'rubricWriter' },
    initializationOptions: {
      diagnosticMode: 'push',
      analyzedNotifications: true,
      ...(readsRubricFiles ? { rubricFiles: 'client' } : {}),
    },
    outputChannel,
    errorHandler: new RestartOnCrash(),
    // VS Code's own Markdown support already gives the outline and folding; the server's would
    // list every heading twice (other editors still get them from the server).
    middleware: {
      provideDocumentSymbols: () => [],
      provideFoldingRanges: () => [],
      // The server offers the `rw-` snippets when `-` is typed (Markdown has no quick suggestions);
      // asked in any other way, VS Code shows the extension's own snippets, so they are not listed twice.
      provideCompletionItem: async (document, position, context, token, next) => {
        const result = await next(document, position, context, token);
        if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter || !result) return result;
        const notSnippet = (item: vscode.CompletionItem) => item.kind !== vscode.CompletionItemKind.Snippet;
        return Array.isArray(result)
          ? result.filter(notSnippet)
          : new vscode.CompletionList(result.items.filter(notSnippet), result.isIncomplete);
      },
    },
  };
}

export async function startRubricWriter(
  context: vscode.ExtensionContext,
  client: RubricClient,
  outputChannel: vscode.OutputChannel,
): Promise<RubricWriterApi> {
  // format.ts is pure, so it translates through @vscode/l10n: it gets the bundle VS Code loaded for the
  // display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  context.subscriptions.push(answerFileRequests(client));
  await client.start();

  const sections = new Sections(client);
  const statusBar = new SectionStatusBar(sections);
  const checklist = new ChecklistView(sections);
  const languageStatus = new RubricLanguageStatus(sections);
  context.subscriptions.push(
    client,
    outputChannel,
    sections,
    statusBar,
    checklist,
    languageStatus,
    ...registerCommands(client, sections),
    refreshLensesAfterChecks(client, sections),
  );
  void openWalkthroughOnce(context.globalState, context.extension.id);
  return { client, sections, statusBar, checklist, languageStatus };
}
