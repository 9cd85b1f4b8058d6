/** The `rubricWriter.*` settings as the server uses them, read tolerantly (a bad value falls back to the default). */
export interface Settings {
  validate: { run: 'onType' | 'onSave' };
  /** Glob → rubric id, for submissions without front matter. */
  associations: Record<string, string>;
  rubricPaths: string[];
  privacy: { identifyingTerms: string[] };
  codeLens: { enable: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  validate: { run: 'onType' },
  associations: {},
  rubricPaths: [],
  privacy: { identifyingTerms: [] },
  codeLens: { enable: true },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function readSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const get = (path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), value) ?? value[path];
  const associations: Record<string, string> = {};
  const rawAssociations = get('associations');
  if (isRecord(rawAssociations))
    for (const [glob, id] of Object.entries(rawAssociations)) if (typeof id === 'string') associations[glob] = id;
  return {
    validate: { run: get('validate.run') === 'onSave' ? 'onSave' : 'onType' },
    associations,
    rubricPaths: strings(get('rubricPaths')),
    privacy: { identifyingTerms: strings(get('privacy.identifyingTerms')) },
    codeLens: { enable: get('codeLens.enable') !== false },
  };
}

/** What a client may pass as `initializationOptions`, read as tolerantly as the settings. */
export interface InitializationOptions {
  /** Push or pull diagnostics; by default pull when the client can. */
  diagnosticMode: 'push' | 'pull' | null;
  /** Send `rubricWriter/analyzed` after each check (the VS Code client's views refresh on it). */
  analyzedNotifications: boolean;
  /** Settings for clients that cannot answer `workspace/configuration`. */
  settings: Settings | null;
  /** The client reads the rubric files for the server (`rubricWriter/rubricFiles`), e.g. in a virtual workspace. */
  rubricFilesFromClient: boolean;
}

export function readInitializationOptions(raw: unknown): InitializationOptions {
  const value = isRecord(raw) ? raw : {};
  const mode = value.diagnosticMode;
  return {
    diagnosticMode: mode === 'push' || mode === 'pull' ? mode : null,
    analyzedNotifications: value.analyzedNotifications === true,
    settings: value.settings === undefined ? null : readSettings(value.settings),
    rubricFilesFromClient: value.rubricFiles === 'client',
  };
}
