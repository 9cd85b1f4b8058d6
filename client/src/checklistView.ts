/** The "Submission checklist" view: every rubric section with its state; a click reveals its heading. */
import * as vscode from 'vscode';
import { checklistItems, ignoredTexts, readinessText, type ChecklistItemModel } from './format';
import type { Sections } from './sections';

export class ChecklistView implements vscode.TreeDataProvider<ChecklistItemModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: ChecklistItemModel[] = [];
  private uri: string | null = null;
  readonly view: vscode.TreeView<ChecklistItemModel>;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly sections: Sections) {
    this.view = vscode.window.createTreeView('rubricWriter.checklist', {
      treeDataProvider: this,
      showCollapseAll: true,
    });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      sections.onDidChange((uri) => uri === this.uri && void this.refresh()),
    );
    void this.refresh();
  }

  /** The items shown now (for tests). */
  get current(): readonly ChecklistItemModel[] {
    return this.items;
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (document && document.languageId === 'markdown') this.uri = document.uri.toString();
    const table = this.uri ? await this.sections.get(this.uri) : null;
    this.items = table?.rubric ? checklistItems(table) : [];
    this.view.description = table?.rubric ? readinessText(table) : undefined;
    this.view.message = table?.ignored
      ? ignoredTexts(table.ignored).detail
      : table?.rubric
        ? table.rubric.title
        : 'Open a submission (Markdown with rubric: in its front matter) to see its checklist.';
    this.changed.fire();
  }

  getTreeItem(model: ChecklistItemModel): vscode.TreeItem {
    const item = new vscode.TreeItem(
      model.label,
      model.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = model.id;
    item.description = model.description;
    item.tooltip = model.tooltip;
    item.iconPath = new vscode.ThemeIcon(model.icon, new vscode.ThemeColor(model.color));
    if (this.uri) {
      item.command =
        model.line !== null
          ? { title: 'Reveal', command: 'rubricWriter.revealSection', arguments: [this.uri, model.line] }
          : { title: 'Insert', command: 'rubricWriter.insertSection', arguments: [this.uri, model.id] };
    }
    return item;
  }

  getChildren(model?: ChecklistItemModel): ChecklistItemModel[] {
    return model ? model.children : this.items;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
