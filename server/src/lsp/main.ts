/** The server's process: started by the editor (or `rubric-writer server`), transport from argv. */
import { startServer } from './server';

process.on('uncaughtException', (error) => {
  process.stderr.write(`[rubric-writer] uncaught: ${error.stack ?? error}\n`);
});

startServer();
