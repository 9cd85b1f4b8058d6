/**
 * The server's first file (dist/server.js): runs the server's bundle (server-main.js) through V8's
 * code cache, in the folder the editor names (its storage for the extension) or the user's cache folder.
 */
import { join } from 'node:path';
import { codeCacheFolder, runCachedBundle } from '../node/codeCache';
import { CODE_CACHE_ARGUMENT } from './serverArguments';

const given = process.argv.find((arg) => arg.startsWith(CODE_CACHE_ARGUMENT))?.slice(CODE_CACHE_ARGUMENT.length);
runCachedBundle(join(__dirname, 'server-main.js'), codeCacheFolder(given && join(given, 'code-cache')));
