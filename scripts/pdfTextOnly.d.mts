// Types of what scripts/pdfTextOnly.mjs exports, for the tests.
import type { Plugin } from 'esbuild';

export function textOnlyWorker(
  source: string,
): { source: string; error?: undefined } | { error: string; source?: undefined };
export const pdfTextOnly: Plugin;
