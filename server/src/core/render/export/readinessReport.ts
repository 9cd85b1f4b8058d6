/**
 * The readiness report: one self-contained HTML page (inline CSS, no script, nothing fetched) that
 * a writer or mentor reads before submitting. Every string from a rubric or a submission is data
 * and is escaped; nothing from them becomes markup.
 */
import { type Analysis, type Diagnostic, diagnosticsBySection, readiness, type SectionState } from '../../check';
import type { RubricSection } from '../../rubric';
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
  const grouped = diagnosticsBySection(analysis.sections, analysis.diagnostics, analysis.blockIndex);
  const {
    readySections,
    sections: counted,
    errors,
    warnings,
    accepted,
  } = readiness(states, analysis.diagnostics, analysis.accepted);
  const summary = rubric
    ? `${readySections} of ${counted} sections ready · ${plural(errors, 'error')} · ${plural(warnings, 'warning')}` +
      (accepted > 0 ? ` · ${plural(accepted, 'problem')} accepted by you` : '')
    : 'This document names no rubric, so it is not checked as a submission.';
  const sections = states.map((state, i) =>
    sectionBlock(state, analysis.sections[i].flat.section, grouped.get(state.id) ?? []),
  );
  const whole = grouped.get(null) ?? [];
  const body = [
    '<header>',
    '<h1>Readiness report</h1>',
    `<p class="meta"><span class="file">${escapeHtml(options.file)}</span>${
      rubric ? ` · <span class="rubric">${escapeHtml(rubric.title)}</span>` : ''
    }</p>`,
    `<p class="summary">${escapeHtml(summary)}</p>`,
    '</header>',
    ...(whole.length > 0
      ? ['<section class="document">', '<h2>The whole document</h2>', problemList(whole), '</section>']
      : []),
    ...sections,
    ...(rubric?.passing || rubric?.anonymity ? [closing(rubric.passing, rubric.anonymity)] : []),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Readiness report: ${options.file}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionBlock(state: SectionState, section: RubricSection, problems: readonly Diagnostic[]): string {
  const mark = state.ready ? '✓' : state.tone === 'error' || !state.found ? '✗' : '!';
  const readiness = state.verdict;
  const points = section.points ?? [];
  return [
    `<section class="part depth-${state.depth} tone-${state.tone}${state.ready ? ' ready' : ''}" id="${escapeHtml(
      `section-${state.id}`,
    )}">`,
    `<h2><span class="mark" aria-hidden="true">${mark}</span> <span class="title">${escapeHtml(state.title)}</span>`,
    ` <span class="status status-${state.status}">${escapeHtml(state.statusText)}</span>`,
    ` <span class="readiness">${readiness}</span></h2>`,
    countLine(state),
    ...(state.requirements.length > 0 ? [requirementList(state)] : []),
    ...(points.length > 0
      ? [`<p class="asks"><span class="label">Points to cover:</span> ${points.map(escapeHtml).join('; ')}</p>`]
      : []),
    ...(problems.length > 0 ? [problemList(problems)] : []),
    '</section>',
  ].join('\n');
}

/** What the rubric asks of the section, each requirement marked met or not, from the same checks as the diagnostics. */
function requirementList(state: SectionState): string {
  const items = state.requirements.map((r) => {
    const [kind, mark, words] = r.met
      ? ['met', '✓', ' (met)']
      : r.accepted
        ? ['accepted', '!', ' (accepted by you, not met)']
        : ['unmet', '✗', ' (not met)'];
    const shown = r.accepted ? `${escapeHtml(r.text)} — accepted by you, not met` : escapeHtml(r.text);
    return (
      `<li class="${kind}"><span class="mark">${mark}</span> ${shown}` +
      `${r.accepted ? '' : `<span class="visually-hidden">${words}</span>`}</li>`
    );
  });
  return [
    '<p class="asks"><span class="label">The rubric asks:</span></p>',
    '<ul class="asks">',
    ...items,
    '</ul>',
  ].join('\n');
}

/** The count as the code lens writes it, with a bar against the limit when the section has one. */
function countLine(state: SectionState): string {
  const limit = state.max ?? state.min;
  const words = state.words;
  const text = `<span class="count-text">${escapeHtml(state.summary)}</span>`;
  if (words === null || limit === null || limit === undefined || state.summary.startsWith('judged'))
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

function problemList(problems: readonly Diagnostic[]): string {
  const items = problems.map(
    (d) =>
      `<li class="${d.severity}"><span class="line">line ${d.range.start.line + 1}</span> ` +
      `<span class="severity">${d.severity}</span> ${escapeHtml(d.message)} <code>${escapeHtml(d.code)}</code></li>`,
  );
  return ['<ul class="problems">', ...items, '</ul>'].join('\n');
}

function closing(passing: string | undefined, anonymity: string | undefined): string {
  return [
    '<footer>',
    ...(passing ? ['<h2>To pass</h2>', `<p class="passing">${escapeHtml(passing)}</p>`] : []),
    ...(anonymity ? ['<h2>Anonymity</h2>', `<p class="anonymity">${escapeHtml(anonymity)}</p>`] : []),
    '</footer>',
  ].join('\n');
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
