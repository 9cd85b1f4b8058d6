/** The language status item on submissions: "Rubric: 5/6 sections · 1 over limit", busy while checking. */
import * as vscode from 'vscode';
import { ignoredTexts, languageStatus } from './format';
import type { Sections } from './sections';

export class RubricLanguageStatus implements vscode.Disposable {
  readonly item = vscode.languages.createLanguageStatusItem('rubricWriter.status', { language: 'markdown' });
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly sections: Sections) {
    this.item.name = 'Rubric Writer';
    this.item.command = { title: vscode.l10n.t('Open checklist'), command: 'rubricWriter.showChecklist' };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.item.busy = true;
      }),
      sections.onDidChange(() => void this.update()),
    );
    void this.update();
  }

  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const table =
      document && document.languageId === 'markdown' ? await this.sections.get(document.uri.toString()) : null;
    this.item.busy = false;
    if (table?.ignored) {
      const { short, detail } = ignoredTexts(table.ignored);
      this.item.text = short;
      this.item.detail = detail;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    if (!table?.rubric) {
      this.item.text = vscode.l10n.t('Rubric: none');
      this.item.detail = vscode.l10n.t('Name a rubric in the front matter (rubric: …) to check this file');
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const status = languageStatus(table);
    this.item.text = status.text;
    this.item.detail = status.detail;
    this.item.severity =
      status.tone === 'error'
        ? vscode.LanguageStatusSeverity.Error
        : status.tone === 'warning'
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
