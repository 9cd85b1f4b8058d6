/** The status bar item: the words of the section under the cursor against its limit. */
import * as vscode from 'vscode';
import { sectionAtLine, sectionsTooltip, statusBarText } from './format';
import type { Sections } from './sections';

export class SectionStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('rubricWriter.section', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly sections: Sections) {
    this.item.name = 'Rubric Writer: section words';
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
    if (!table?.rubric || editor !== vscode.window.activeTextEditor) return this.item.hide();
    const section = sectionAtLine(table, editor.selection.active.line);
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

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
