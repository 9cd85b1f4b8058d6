/** The server's process: started by the editor (or `rubric-writer server`), transport from argv. */
import { createConnection } from 'vscode-languageserver/node';
import { NODE_PLATFORM } from './nodePlatform';
import { startServer } from './server';

process.on('uncaughtException', (error) => {
  process.stderr.write(`[rubric-writer] uncaught: ${error.stack ?? error}\n`);
});

startServer(createConnection(), NODE_PLATFORM);
