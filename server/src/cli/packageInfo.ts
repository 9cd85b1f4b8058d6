/** What the build writes in from package.json: the version, and where the checks are explained. */
declare const __VERSION__: string | undefined;
declare const __REPOSITORY_URL__: string | undefined;

export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

/** The repository's home page: `repository.url` without `git+` and `.git`. */
export const REPOSITORY_URL = typeof __REPOSITORY_URL__ === 'string' ? __REPOSITORY_URL__ : '';

/** The README's table of checks: one stable page for every rule's help. */
export const CHECKS_HELP_URL = REPOSITORY_URL ? `${REPOSITORY_URL}#what-it-checks` : '';
