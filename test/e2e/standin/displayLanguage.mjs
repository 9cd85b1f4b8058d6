/**
 * VS Code's display language for a run (`--locale es`), with no language pack to download.
 *
 * code-server's workbench takes its language from the Spanish language pack's messages: with
 * `--locale es` and no pack installed it stays English, and so do `vscode.env.language`, the
 * extension's package.nls.es.json and l10n/bundle.l10n.es.json. A language pack comes from the
 * marketplace, which these machines cannot reach; what VS Code reads of an installed one is its
 * entry in the profile's languagepacks.json (the translations of its own UI by file). So the run
 * gets an entry for the language whose translations are empty: VS Code's own menus stay English,
 * while VS Code runs in that language, exactly as it does for a writer with the pack installed.
 * A pack already listed in the profile is left as it is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lists a language pack for `locale` (with no translations of VS Code's own text) in the profile. */
export function listLanguagePack(userDataDir, runDir, locale) {
  const language = locale.toLowerCase();
  const listFile = join(userDataDir, 'languagepacks.json');
  const listed = existsSync(listFile) ? JSON.parse(readFileSync(listFile, 'utf8') || '{}') : {};
  if (listed[language]) return;
  const packDir = join(runDir, `language-pack-${language}`);
  mkdirSync(packDir, { recursive: true });
  const translations = join(packDir, 'main.i18n.json');
  writeFileSync(translations, `${JSON.stringify({ contents: {} })}\n`);
  listed[language] = {
    hash: `rubric-writer-e2e-${language}`,
    label: language,
    extensions: [{ extensionIdentifier: { id: `rubric-writer-e2e.language-pack-${language}` }, version: '0.0.0' }],
    translations: { vscode: translations },
  };
  writeFileSync(listFile, `${JSON.stringify(listed, null, 2)}\n`);
}
