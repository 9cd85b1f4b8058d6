/**
 * The catalogues, handed to the bundles loaded on first use (the requirement reader) so that they need
 * not carry a copy of their own: the build points those bundles' imports of core/messages at this global
 * (scripts/sharedFromHost.mjs), and a host sets it before it loads one of them.
 */
import * as catalogue from './catalogue';
import * as wording from './wording';

export const SHARED_MESSAGES = 'rubric-writer.shared.messages';

/** Sets the global once: the Node host calls this before each lazy bundle it loads. */
export function shareMessages(): void {
  const global = globalThis as Record<symbol, unknown>;
  global[Symbol.for(SHARED_MESSAGES)] ??= { ...catalogue, ...wording };
}
