// Types of what scripts/vsixSize.mjs exports, for the tests.
export const VSIX_BUDGET_KB: number;
export function packedFiles(vsix: Uint8Array): { name: string; packed: number; size: number }[];
