// Types of what scripts/asciiRegExps.mjs exports, for the tests.
export const asciiRegExps: { name: string; setup(build: unknown): void };
export function withAsciiRegExps(source: string): string | null;
export const NON_ASCII: RegExp;
