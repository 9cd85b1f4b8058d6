/** The status bar item: the words of the section under the cursor against its limit. */
import * as vscode from 'vscode';
import { ignoredTexts, sectionAtLine, sectionsTooltip, statusBarText } from './format';
import type { IgnoredBy } from '../../server/src/lsp/protocol';
import type { Sections } from './sections';

export class SectionStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('rubricWriter.section', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly sections: Sections) {
    this.item.name = vscode.l10n.t('Rubric Writer: section words');
    this.item.command = 'rubricWriter.showChecklist';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.window.onDidChangeTextEditorSelection(
        (e) => e.textEditor === vscode.window.activeTextEditor && void this.update(),
      ),
      sections.onDidChange(
        (uri) => uri === vscode.window.activeTextEditor?.document.uri.toString() && void this.update(),
      ),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown') return this.item.hide();
    const table = await this.sections.get(editor.document.uri.toString());
    if (editor !== vscode.window.activeTextEditor) return;
    if (table?.ignored) return this.showIgnored(table.ignored);
    if (!table?.rubric) return this.item.hide();
    this.item.command = 'rubricWriter.showChecklist';
    const { document } = editor;
    const isBlank = (line: number) => document.lineAt(line).isEmptyOrWhitespace;
    const section = sectionAtLine(table, editor.selection.active.line, isBlank);
    this.item.text = section ? `$(checklist) ${statusBarText(section)}` : `$(checklist) ${table.rubric.title}`;
    this.item.tooltip = new vscode.MarkdownString(sectionsTooltip(table));
    const tone = section?.tone ?? 'ok';
    this.item.backgroundColor =
      tone === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : tone === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.item.show();
  }

  /** An ignored file: says so (rather than another file's counts), and opens the config that ignores it. */
  private showIgnored(ignored: IgnoredBy): void {
    const { short, detail } = ignoredTexts(ignored);
    this.item.text = `$(circle-slash) ${short}`;
    this.item.tooltip = detail;
    this.item.backgroundColor = undefined;
    this.item.command = {
      title: vscode.l10n.t('Open'),
      command: 'vscode.open',
      arguments: [vscode.Uri.parse(ignored.config)],
    };
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
