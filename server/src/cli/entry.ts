/**
 * `rubric-writer`'s first file (dist/cli.js): answers `--version` itself, before anything is
 * loaded; anything else runs the CLI's bundle (cli-main.js) through V8's code cache. Worker threads
 * start here too, and so get the cache.
 */
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { codeCacheFolder, runCachedBundle } from '../node/codeCache';
import { VERSION } from './packageInfo';

// A reader that stops early (`rubric-writer --help | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const args = process.argv.slice(2);
if (isMainThread && args.length === 1 && (args[0] === '--version' || args[0] === '-v'))
  process.stdout.write(`${VERSION}\n`);
else runCachedBundle(join(__dirname, 'cli-main.js'), codeCacheFolder());
