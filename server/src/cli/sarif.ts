/**
 * SARIF 2.1.0 as code-scanning tools read it: each file a percent-encoded URI relative to
 * `%SRCROOT%` (the working folder), every rule described, columns in UTF-16 code units (as LSP).
 */
import { isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES, RULES, SOURCE, type FileReport, type MessageKey, type Messages } from '../core';
import { cliMessages } from './locale';

export interface SarifTool {
  version: string;
  /** The repository's home page, for `informationUri`. */
  informationUri: string;
  /** Where each rule is explained, for `helpUri`. */
  helpUri: string;
  /** The folder file names are relative to: `%SRCROOT%`. */
  root: string;
  /** The language of the rules' descriptions and the messages (the CLI's unless given). */
  messages?: Messages;
}

const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

/** A reported file name as an artifact location: relative and percent-encoded under the root, else a file URI. */
export function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const segments = file.split(/[\\/]/);
  if (isAbsolute(file) || segments.includes('..')) return { uri: pathToFileURL(resolve(root, file)).href };
  return {
    uri: segments
      .filter((s) => s !== '.')
      .map(encodeURIComponent)
      .join('/'),
    uriBaseId: SRCROOT,
  };
}

function rules(tool: SarifTool, messages: Messages) {
  return RULES.map((rule) => ({
    id: rule.code,
    name: rule.code,
    shortDescription: { text: messages.t(`rule.${rule.code}.description` as MessageKey) },
    fullDescription: { text: messages.t(`rule.${rule.code}.help` as MessageKey) },
    ...(tool.helpUri ? { helpUri: tool.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
  }));
}

function results(reports: readonly FileReport[], root: string) {
  return reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(report.file, root),
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      ...(d.section ? { properties: { section: d.section } } : {}),
    })),
  );
}

export function formatSarif(reports: readonly FileReport[], tool: SarifTool): string {
  const messages = tool.messages ?? cliMessages();
  const rootUri = pathToFileURL(tool.root.endsWith(sep) ? tool.root : `${tool.root}${sep}`).href;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SOURCE,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules(tool, messages),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        // SARIF's default is en-US: said only for another language.
        ...(messages.locale === 'en' ? {} : { language: messages.locale }),
        results: results(reports, tool.root),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
