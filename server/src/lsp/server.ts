/**
 * The Rubric Writer language server: wiring only. Each feature registers its handlers from its own
 * module. The entry points give it its connection and what it needs from where it runs: `main.ts`
 * (Node: transport from argv, rubric files and project configs from the disk) and
 * `server/src/web/main.ts` (a web worker: rubric files from the client).
 */
import type { Connection } from 'vscode-languageserver';
import { Checker } from './checking';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { CONFIG_FILE, ConfigSync } from './configSync';
import { ServerContext } from './context';
import { registerExport } from './exportDocument';
import { EVIDENCE_FILE, FileWatchers } from './fileWatchers';
import { registerHover } from './hover';
import { registerImports } from './importFiles';
import { registerLifecycle } from './lifecycle';
import { LinkedFiles } from './linkedFiles';
import type { ServerPlatform } from './platform';
import { registerRequests } from './requests';
import { RubricSync } from './rubricSync';
import { registerSymbols } from './symbols';
import { isRubricFile } from './workspace';

export function startServer(connection: Connection, platform: ServerPlatform): ServerContext {
  const context = new ServerContext(connection, platform);
  const checker = new Checker(context);
  if (platform.linkedFiles) {
    const log = (line: string) => connection.console.info(`[rubric-writer] ${line}`);
    const folders = () => context.workspace.folderUris;
    context.linkedFiles = new LinkedFiles(platform.linkedFiles(connection), folders, log, (uri) =>
      checker.filesRead(uri),
    );
    context.workspace.linkedFiles = context.linkedFiles;
  }
  const rubrics = new RubricSync(context, checker, platform.rubricSource);
  const watchers = new FileWatchers(context);
  const configs = new ConfigSync(context, checker, () => {
    watchers.update();
    return rubrics.reload();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const rubricFileChanges = changes.filter((change) => !CONFIG_FILE.test(change.uri));
    configs.filesChanged(changes);
    if (changes.some((change) => EVIDENCE_FILE.test(change.uri))) context.linkedFiles?.filesChanged();
    if (rubricFileChanges.length > 0) rubrics.filesChanged(rubricFileChanges);
  });
  registerLifecycle(context, { rubrics, configs, watchers });
  context.documents.listen(connection, {
    opened(document) {
      if (isRubricFile(document.uri)) rubrics.edited(document.uri, document.getText());
      else void configs.opened(document.uri);
    },
    changed(document) {
      if (isRubricFile(document.uri)) rubrics.edited(document.uri, document.getText());
      else if (context.workspace.settings.validate.run === 'onType') checker.schedule(document.uri);
    },
    saved(document) {
      if (!isRubricFile(document.uri)) checker.schedule(document.uri);
    },
    closed(uri) {
      if (isRubricFile(uri)) rubrics.edited(uri, null);
      else checker.closed(uri);
    },
  });
  registerHover(context);
  registerCompletion(context);
  registerCodeActions(context);
  registerCodeLens(context);
  registerSymbols(context);
  registerRequests(context);
  registerExport(context);
  registerImports(context);
  connection.listen();
  return context;
}
