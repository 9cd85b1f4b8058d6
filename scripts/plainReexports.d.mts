// Types of what scripts/plainReexports.mjs exports, for the tests.
export const plainReexports: { name: string; setup(build: unknown): void };
