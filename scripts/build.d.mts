// Types of what scripts/build.mjs exports, for the tests.
import type { Plugin } from 'esbuild';

export const noNodeBuiltins: Plugin;
export function loadBuiltinRubrics(): { id: string }[];
