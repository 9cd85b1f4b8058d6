/** The check report in the text, json and github formats (sarif has its own module). */
import { type MessageKey, SOURCE, type FileReport } from '../core';
import { cliMessages } from './locale';

export type Format = 'text' | 'json' | 'github' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'github', 'sarif'];

/**
 * Control characters (C0, DEL, C1) as `\x1b`: a submission's text or a file's name must not reach the
 * terminal as escape sequences (clipboard writes, screen clears, retitled windows).
 */
export function escapeControls(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatText(reports: readonly FileReport[], withSections: boolean): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics)
      lines.push(`${report.file}${place(report, d)} ${d.severity} ${d.code}: ${d.message}`);
    if (withSections) lines.push(...sectionTable(report));
    lines.push(`${report.file}: ${readinessLine(report)}`);
  }
  return lines.length > 0 ? `${lines.map(escapeControls).join('\n')}\n` : '';
}

/** `:12:3:` in Markdown; in a Word draft, where a Word user finds it: `: ¶12 (Part 3 Reflection):`. */
function place(report: FileReport, d: FileReport['diagnostics'][number]): string {
  if (d.paragraph === undefined) return `:${d.range.start.line + 1}:${d.range.start.character + 1}:`;
  const section = d.section === null ? undefined : report.sections.find((s) => s.id === d.section);
  return `: ¶${d.paragraph}${section ? ` (${section.title})` : ''}:`;
}

/** "4 of 6 sections ready; 1 error, 2 warnings" (notes only when there are some). */
export function readinessLine(report: FileReport): string {
  const messages = cliMessages();
  const { readySections, sections, errors, warnings, notes, accepted } = report.readiness;
  const problems = [
    messages.t('cli.summary.errors', { count: errors }),
    messages.t('cli.summary.warnings', { count: warnings }),
    ...(notes > 0 ? [messages.t('cli.summary.notes', { count: notes })] : []),
    ...(accepted > 0 ? [messages.t('cli.summary.accepted', { count: accepted })] : []),
  ].join(', ');
  if (!report.rubric)
    return report.diagnostics.length > 0
      ? messages.t('cli.summary.notChecked', { problems })
      : messages.t('cli.summary.notSubmission');
  return messages.t('cli.summary.line', { ready: readySections, count: sections, problems });
}

const STATUS: Record<FileReport['sections'][number]['status'], MessageKey> = {
  ok: 'cli.status.ok',
  missing: 'cli.status.missing',
  empty: 'cli.status.empty',
  under: 'cli.status.under',
  over: 'cli.status.over',
};

function sectionTable(report: FileReport): string[] {
  if (!report.rubric) return [];
  const messages = cliMessages();
  const rows = report.sections.map((s) => [
    s.title,
    s.words === null ? '—' : String(s.words),
    s.min !== null && s.max !== null
      ? `${s.min}–${s.max}`
      : s.max !== null
        ? `≤ ${s.max}`
        : s.min !== null
          ? `≥ ${s.min}`
          : '',
    s.items === null ? '' : String(s.items),
    messages.t(STATUS[s.status]),
    s.ready
      ? s.accepted > 0
        ? messages.t('cli.table.readyAccepted', { count: s.accepted })
        : messages.t('cli.table.isReady')
      : '',
  ]);
  const header = (
    [
      'cli.table.section',
      'cli.table.words',
      'cli.table.limit',
      'cli.table.items',
      'cli.table.status',
      'cli.table.ready',
    ] as const
  ).map((key) => messages.t(key));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    '',
    `${report.file} — ${report.rubric}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
}

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map(({ readiness: _counts, ...report }) => report);
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: readonly FileReport[]): string {
  const level = { error: 'error', warning: 'warning', information: 'notice' } as const;
  const lines = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const props = [
        `file=${escapeProperty(report.file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`${SOURCE} ${d.code}`)}`,
      ];
      return escapeControls(`::${level[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
