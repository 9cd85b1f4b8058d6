/**
 * The server's own command-line argument (beside the transport's): the folder for its compiled-code
 * cache, which the editor names (its storage for the extension). A file of its own: the server's
 * first file reads it before anything else is loaded.
 */
export const CODE_CACHE_ARGUMENT = '--code-cache-dir=';
