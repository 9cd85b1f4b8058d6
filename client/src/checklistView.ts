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

  /** The submission each item was made for: VS Code may ask for an item of the previous one. */
  private readonly itemUris = new WeakMap<ChecklistItemModel, string>();
  /** Each refresh gets a number; only the newest one's answer is shown. */
  private generation = 0;

  constructor(private readonly sections: Sections) {
    this.view = vscode.window.createTreeView('rubricWriter.checklist', {
      treeDataProvider: this,
      showCollapseAll: true,
    });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.window.tabGroups.onDidChangeTabs(() => void this.refresh()),
      sections.onDidChange((uri) => uri === this.uri && void this.refresh()),
    );
    void this.refresh();
  }

  /** The items shown now (for tests). */
  get current(): readonly ChecklistItemModel[] {
    return this.items;
  }

  /** The URI of the submission shown, or null (for tests). */
  get shown(): string | null {
    return this.uri;
  }

  /**
   * The submission shown: the active Markdown editor's; else (the focus is elsewhere, or moving
   * between editors) the last one shown while a tab still holds it; else none.
   */
  private shownUri(): string | null {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'markdown') return document.uri.toString();
    const tabbed = vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === this.uri),
    );
    return tabbed ? this.uri : null;
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.shownUri();
    const table = uri ? await this.sections.get(uri) : null;
    // A slower answer for another (or an older) document never replaces the newest one.
    if (generation !== this.generation) return;
    this.uri = uri;
    this.items = table?.rubric ? checklistItems(table) : [];
    if (uri) for (const item of flatten(this.items)) this.itemUris.set(item, uri);
    this.view.description = table?.rubric ? readinessText(table) : undefined;
    // Without a message the view shows its welcome content: plain words and a New Submission button.
    this.view.message = table?.ignored ? ignoredTexts(table.ignored).detail : table?.rubric?.title;
    this.changed.fire();
  }

  getTreeItem(model: ChecklistItemModel): vscode.TreeItem {
    const item = new vscode.TreeItem(
      model.label,
      model.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    // Per submission, so a row selected in one is not shown selected in another.
    const uri = this.itemUris.get(model);
    item.id = `${uri}#${model.id}`;
    item.description = model.description;
    item.tooltip = model.tooltip;
    item.iconPath = new vscode.ThemeIcon(model.icon, new vscode.ThemeColor(model.color));
    if (uri) {
      item.command =
        model.line !== null
          ? { title: vscode.l10n.t('Reveal'), command: 'rubricWriter.revealSection', arguments: [uri, model.line] }
          : { title: vscode.l10n.t('Insert'), command: 'rubricWriter.insertSection', arguments: [uri, model.id] };
    }
    return item;
  }

  getChildren(model?: ChecklistItemModel): ChecklistItemModel[] {
    return model ? model.children : this.items;
  }

  getParent(model: ChecklistItemModel): ChecklistItemModel | undefined {
    const search = (items: readonly ChecklistItemModel[]): ChecklistItemModel | undefined =>
      items.find((item) => item.children.includes(model)) ?? items.map((item) => search(item.children)).find(Boolean);
    return search(this.items);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

const flatten = (items: readonly ChecklistItemModel[]): ChecklistItemModel[] =>
  items.flatMap((item) => [item, ...flatten(item.children)]);
