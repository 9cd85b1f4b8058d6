/**
 * The core's public surface, for the language server, the CLI and the client. The stages, each
 * importing only those before it: messages → text → document → rubric → check → intake, render.
 */
export * from './messages';
export * from './text';
export * from './document';
export * from './rubric';
export * from './intake';
export * from './check';
export * from './render';
