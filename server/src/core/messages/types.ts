import type { en } from './en';

/** A message: one text, or one per plural form (chosen by the `count` parameter). */
export type Text = string | { one: string; other: string };
export type MessageKey = keyof typeof en;
/** A language's messages: every key English has. */
export type Catalogue = Record<MessageKey, Text>;
export type Params = Record<string, string | number>;
