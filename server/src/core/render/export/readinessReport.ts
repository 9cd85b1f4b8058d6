/**
 * The readiness report: one self-contained HTML page (inline CSS, no script, nothing fetched) that
 * a writer or mentor reads before submitting. Every string from a rubric or a submission is data
 * and is escaped; nothing from them becomes markup.
 */
import {
  type Analysis,
  type Diagnostic,
  diagnosticsBySection,
  readiness,
  type SectionResult,
  type SectionState,
} from '../../check';
import type { Messages } from '../../messages';
import { REPORT_CSS } from './reportStyle';

export interface ReportOptions {
  /** The submission's name as the reader knows it (its file name). */
  file: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function exportReadinessReport(analysis: Analysis, options: ReportOptions): string {
  const rubric = analysis.rubric;
  const states = analysis.states;
  const messages = analysis.messages;
  const grouped = diagnosticsBySection(analysis.sections, analysis.diagnostics, analysis.blockIndex);
  const {
    readySections,
    sections: counted,
    errors,
    warnings,
    accepted,
  } = readiness(states, analysis.diagnostics, analysis.accepted);
  const summary = rubric
    ? [
        messages.t('report.sectionsReady', { count: readySections, sections: counted }),
        messages.t('report.errors', { count: errors }),
        messages.t('report.warnings', { count: warnings }),
        ...(accepted > 0 ? [messages.t('report.accepted', { count: accepted })] : []),
      ].join(' · ')
    : messages.t('report.noRubric');
  const sections = states.map((state, i) =>
    sectionBlock(state, analysis.sections[i], grouped.get(state.id) ?? [], messages),
  );
  const whole = grouped.get(null) ?? [];
  const body = [
    '<header>',
    `<h1>${escapeHtml(messages.t('report.title'))}</h1>`,
    `<p class="meta"><span class="file">${escapeHtml(options.file)}</span>${
      rubric ? ` · <span class="rubric">${escapeHtml(rubric.title)}</span>` : ''
    }</p>`,
    `<p class="summary">${escapeHtml(summary)}</p>`,
    '</header>',
    ...(whole.length > 0
      ? [
          '<section class="document">',
          `<h2>${escapeHtml(messages.t('report.wholeDocument'))}</h2>`,
          problemList(whole, messages),
          '</section>',
        ]
      : []),
    ...sections,
    ...(rubric?.passing || rubric?.anonymity ? [closing(rubric.passing, rubric.anonymity, messages)] : []),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${messages.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(messages.t('report.pageTitle', { file: options.file }))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionBlock(
  state: SectionState,
  result: SectionResult,
  problems: readonly Diagnostic[],
  messages: Messages,
): string {
  const mark = state.ready ? '✓' : state.tone === 'error' || !state.found ? '✗' : '!';
  const readiness = escapeHtml(state.verdict);
  const points = result.flat.section.points ?? [];
  const pointsLabel = escapeHtml(messages.t('report.points'));
  return [
    `<section class="part depth-${state.depth} tone-${state.tone}${state.ready ? ' ready' : ''}" id="${escapeHtml(
      `section-${state.id}`,
    )}">`,
    `<h2><span class="mark" aria-hidden="true">${mark}</span> <span class="title">${escapeHtml(state.title)}</span>`,
    ` <span class="status status-${state.status}">${escapeHtml(state.statusText)}</span>`,
    ` <span class="readiness">${readiness}</span></h2>`,
    countLine(state, result.judgedByRecording),
    ...(state.requirements.length > 0 ? [requirementList(state, messages)] : []),
    ...(points.length > 0
      ? [`<p class="asks"><span class="label">${pointsLabel}</span> ${points.map(escapeHtml).join('; ')}</p>`]
      : []),
    ...(problems.length > 0 ? [problemList(problems, messages)] : []),
    '</section>',
  ].join('\n');
}

/** What the rubric asks of the section, each requirement marked met or not, from the same checks as the diagnostics. */
function requirementList(state: SectionState, messages: Messages): string {
  const items = state.requirements.map((r) => {
    const [kind, mark] = r.met ? ['met', '✓'] : r.accepted ? ['accepted', '!'] : ['unmet', '✗'];
    const shown = escapeHtml(r.accepted ? messages.t('report.requirement.acceptedNotMet', { text: r.text }) : r.text);
    const hidden = escapeHtml(messages.t(r.met ? 'report.requirement.met' : 'report.requirement.notMet'));
    return (
      `<li class="${kind}"><span class="mark">${mark}</span> ${shown}` +
      `${r.accepted ? '' : `<span class="visually-hidden">${hidden}</span>`}</li>`
    );
  });
  return [
    `<p class="asks"><span class="label">${escapeHtml(messages.t('report.asks'))}</span></p>`,
    '<ul class="asks">',
    ...items,
    '</ul>',
  ].join('\n');
}

/** The count as the code lens writes it, with a bar against the limit when the section has one. */
function countLine(state: SectionState, judgedByRecording: boolean): string {
  const limit = state.max ?? state.min;
  const words = state.words;
  const text = `<span class="count-text">${escapeHtml(state.summary)}</span>`;
  if (words === null || limit === null || limit === undefined || judgedByRecording)
    return `<p class="count">${text}</p>`;
  const scale = Math.max(words, limit);
  const percent = (n: number) => ((n / scale) * 100).toFixed(1);
  const marks = [state.min, state.max]
    .filter((n): n is number => typeof n === 'number')
    .map((n) => `<span class="limit" style="left:${percent(n)}%"></span>`);
  return [
    '<p class="count">',
    `<span class="bar" role="img" aria-label="${escapeHtml(state.summary)}">`,
    `<span class="fill" style="width:${percent(words)}%"></span>${marks.join('')}</span>`,
    text,
    '</p>',
  ].join('');
}

function problemList(problems: readonly Diagnostic[], messages: Messages): string {
  const items = problems.map((d) => {
    const line = escapeHtml(messages.t('report.line', { line: String(d.range.start.line + 1) }));
    const severity = escapeHtml(messages.t(`report.severity.${d.severity}`));
    return (
      `<li class="${d.severity}"><span class="line">${line}</span> ` +
      `<span class="severity">${severity}</span> ${escapeHtml(d.message)} <code>${escapeHtml(d.code)}</code></li>`
    );
  });
  return ['<ul class="problems">', ...items, '</ul>'].join('\n');
}

function closing(passing: string | undefined, anonymity: string | undefined, messages: Messages): string {
  const heading = (key: 'report.toPass' | 'report.anonymity') => `<h2>${escapeHtml(messages.t(key))}</h2>`;
  return [
    '<footer>',
    ...(passing ? [heading('report.toPass'), `<p class="passing">${escapeHtml(passing)}</p>`] : []),
    ...(anonymity ? [heading('report.anonymity'), `<p class="anonymity">${escapeHtml(anonymity)}</p>`] : []),
    '</footer>',
  ].join('\n');
}
