// Types of what scripts/build.mjs exports, for the tests.
import type { Plugin } from 'esbuild';

export const noNodeBuiltins: Plugin;
export function loadBuiltinRubrics(): { id: string }[];
/** Bundles loaded on first use: their entry and their name in dist/. */
export const LAZY_BUNDLES: { in: string; out: string; web?: boolean }[];
export const START_UP_BUDGETS_KB: Record<string, number>;
