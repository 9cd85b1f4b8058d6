/** The Getting Started walkthrough: opened once, the first time the extension starts after install. */
import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'rubricWriter.welcome';
const SHOWN_KEY = 'rubricWriter.walkthroughShown';

/**
 * Opens the walkthrough unless it was opened before or the writer turned that off
 * (`workbench.welcomePage.walkthroughs.openOnInstall`). Returns whether it opened it.
 */
export async function openWalkthroughOnce(state: vscode.Memento, extensionId: string): Promise<boolean> {
  if (state.get<boolean>(SHOWN_KEY)) return false;
  await state.update(SHOWN_KEY, true);
  const wanted = vscode.workspace.getConfiguration('workbench.welcomePage').get('walkthroughs.openOnInstall', true);
  if (!wanted) return false;
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
  return true;
}
