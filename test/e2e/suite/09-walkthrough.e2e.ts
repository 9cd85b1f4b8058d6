import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openWalkthroughOnce } from '../../../client/src/walkthrough';
import { api, closeAll, control, controlUrl, EXTENSION_ID, extension, open, sleep, waitFor } from './helpers';

interface WalkthroughStep {
  id: string;
  media: { image?: string; markdown?: string };
  completionEvents: string[];
}

const activeTabLabel = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';

suite('Getting started', () => {
  test('the walkthrough opens on the first start after install, and only then', async () => {
    await api();
    // The test profile turns opening on install off; a writer's editor has it on.
    const welcome = vscode.workspace.getConfiguration('workbench.welcomePage');
    await welcome.update('walkthroughs.openOnInstall', true, vscode.ConfigurationTarget.Global);
    const memory = new Map<string, unknown>();
    const firstStart = {
      keys: () => [...memory.keys()],
      get: (key: string) => memory.get(key),
      update: async (key: string, value: unknown) => void memory.set(key, value),
    } as vscode.Memento;
    try {
      await closeAll();
      assert.equal(await openWalkthroughOnce(firstStart, EXTENSION_ID), true);
      // VS Code's Welcome editor, on this walkthrough (build/screenshots/walkthrough.png shows it).
      await waitFor('the walkthrough', () => activeTabLabel() === 'Welcome', 20_000, activeTabLabel);
      if (controlUrl()) {
        await sleep(2000);
        await control('POST', '/screenshot', { name: 'walkthrough' });
      }
      await closeAll();
      assert.equal(await openWalkthroughOnce(firstStart, EXTENSION_ID), false, 'the next start opens nothing');
      await sleep(1000);
      assert.equal(activeTabLabel(), '');
    } finally {
      await welcome.update('walkthroughs.openOnInstall', undefined, vscode.ConfigurationTarget.Global);
    }
    // Its title fits the Welcome page's list, and every picture and page it shows is in the package.
    const [walkthrough] = extension().packageJSON.contributes.walkthroughs as {
      title: string;
      steps: WalkthroughStep[];
    }[];
    assert.ok(walkthrough.title.length <= 32, walkthrough.title);
    for (const step of walkthrough.steps) {
      const file = step.media.image ?? step.media.markdown!;
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, file));
      // Completion events the Welcome page knows; `onLanguage` is not one of them, and never ticks a step.
      for (const event of step.completionEvents) assert.match(event, /^(onCommand|onView|onContext|onLink):/, step.id);
    }
    assert.ok(
      walkthrough.steps.some((s) => s.media.image?.endsWith('.png')),
      'a picture of the lens and the checklist',
    );
  });

  test("the walkthrough's picture: lenses and the checklist (screenshot)", async function () {
    if (!controlUrl()) this.skip(); // only the code-server stand-in can take it
    const { checklist } = await api();
    await closeAll();
    const editor = await open('working-together-for-student-success.md');
    await waitFor('the checklist', () => checklist.current.length > 0);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    for (const view of ['outline', 'timeline'])
      await Promise.resolve(vscode.commands.executeCommand(`${view}.removeView`)).catch(() => undefined);
    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    const heading = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('## Part 1'));
    editor.revealRange(new vscode.Range(heading, 0, heading, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(2500);
    const shot = await control<{ path: string }>('POST', '/screenshot', {
      name: 'lens-and-checklist',
      clip: { x: 0, y: 0, width: 900, height: 900 },
    });
    console.log(`      screenshot: ${shot.path}`);
  });
});
