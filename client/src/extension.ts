/** Rubric Writer for VS Code: starts the language server and adds what a writer sees around it. */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ChecklistView } from './checklistView';
import { registerCommands } from './commands';
import { RubricLanguageStatus } from './languageStatus';
import { Sections } from './sections';
import { SectionStatusBar } from './statusBar';

/** What `activate` returns, so tests can reach the running pieces. */
export interface RubricWriterApi {
  client: LanguageClient;
  sections: Sections;
  statusBar: SectionStatusBar;
  checklist: ChecklistView;
  languageStatus: RubricLanguageStatus;
}

export async function activate(context: vscode.ExtensionContext): Promise<RubricWriterApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Rubric Writer', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { pattern: '**/*.rubric.{yaml,yml}' }],
    synchronize: { configurationSection: 'rubricWriter' },
    initializationOptions: { diagnosticMode: 'push', analyzedNotifications: true },
    outputChannel,
    // VS Code's own Markdown support already gives the outline and folding; the server's would
    // list every heading twice (other editors still get them from the server).
    middleware: { provideDocumentSymbols: () => [], provideFoldingRanges: () => [] },
  };
  const client = new LanguageClient('rubricWriter', 'Rubric Writer', serverOptions, clientOptions);
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
  );
  return { client, sections, statusBar, checklist, languageStatus };
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
