/**
 * What the client shows, computed from the server's section table. Pure: no `vscode` here; its words
 * go through `@vscode/l10n`, which the extension gives VS Code's bundle for the display language.
 */
import * as l10n from '@vscode/l10n';
import { numberedLabelOf } from '../../server/src/core/text/labels';
import type { IgnoredBy, SectionInfo, SectionsResult } from '../../server/src/lsp/protocol';

export type Tone = SectionInfo['tone'];

/**
 * The section the cursor is in: the innermost found section whose range holds the line. A blank
 * line belongs to the text above it, so the blank lines after a section (and a blank last line) keep it.
 */
export function sectionAtLine(
  result: SectionsResult,
  cursorLine: number,
  isBlank: (line: number) => boolean = () => false,
): SectionInfo | null {
  let line = cursorLine;
  while (line > 0 && isBlank(line)) line--;
  let best: SectionInfo | null = null;
  for (const section of result.sections) {
    const range = section.sectionRange;
    if (!range || line < range.start.line || line > range.end.line) continue;
    if (!best || range.start.line >= best.sectionRange!.start.line) best = section;
  }
  return best;
}

/** A short name for the status bar: "Artifact 2", "Part 1", or the title. */
export function shortTitle(section: Pick<SectionInfo, 'title'>): string {
  return numberedLabelOf(section.title) ?? section.title;
}

/** "Artifact 2: 342 / 200–300 words", "Part 2: 410 words". */
export function statusBarText(section: SectionInfo): string {
  const words = section.words ?? 0;
  const count = section.limitText
    ? l10n.t('{0} / {1} words', words, section.limitText)
    : words === 1
      ? l10n.t('{0} word', words)
      : l10n.t('{0} words', words);
  return section.accepted > 0
    ? l10n.t('{0}: {1} (accepted by you)', shortTitle(section), count)
    : l10n.t('{0}: {1}', shortTitle(section), count);
}

/** A Markdown table of every section, for the status bar's tooltip. */
export function sectionsTooltip(result: SectionsResult): string {
  const rows = result.sections.map(
    (s) =>
      `| ${'&nbsp;&nbsp;'.repeat(s.depth)}${s.title.replace(/\|/g, '\\|')} | ${s.found ? s.summary : '—'} | ` +
      `${s.statusText} · ${s.verdict} |`,
  );
  return [
    `**${result.rubric?.title ?? l10n.t('Submission')}**`,
    '',
    `| ${l10n.t('Section')} | ${l10n.t('Words')} | ${l10n.t('Status')} |`,
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** "Rubric: 5/6 sections · 1 over limit", with the worst tone. */
export function languageStatus(result: SectionsResult): { text: string; tone: Tone; detail: string } {
  const { requiredFound, required, over, under, empty, tone } = result.status;
  const parts = [l10n.t('Rubric: {0}/{1} sections', requiredFound, required)];
  if (over > 0) parts.push(l10n.t('{0} over limit', over));
  if (under > 0) parts.push(l10n.t('{0} under minimum', under));
  if (empty > 0) parts.push(l10n.t('{0} empty', empty));
  const errors = result.status.errors === 1 ? l10n.t('{0} error', 1) : l10n.t('{0} errors', result.status.errors);
  const warnings =
    result.status.warnings === 1 ? l10n.t('{0} warning', 1) : l10n.t('{0} warnings', result.status.warnings);
  const detail = l10n.t('{0} — {1}, {2}', result.rubric?.title ?? '', errors, warnings);
  return { text: parts.join(' · '), tone, detail };
}

export interface ChecklistItemModel {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** A codicon id: a check mark for a ready section. */
  icon: 'check' | 'pass' | 'error' | 'warning' | 'circle-large-outline';
  /** Theme colour for the icon. */
  color:
    | 'testing.iconPassed'
    | 'problemsErrorIcon.foreground'
    | 'problemsWarningIcon.foreground'
    | 'disabledForeground';
  /** Line of the heading to reveal, when found. */
  line: number | null;
  children: ChecklistItemModel[];
}

/** The checklist as a tree: Parts with their subsections, each with an icon for its state. */
export function checklistItems(result: SectionsResult): ChecklistItemModel[] {
  const roots: ChecklistItemModel[] = [];
  const stack: { depth: number; item: ChecklistItemModel }[] = [];
  for (const section of result.sections) {
    // A Part shows the worst state among itself and its sections: a green Part must mean all is well.
    const tone = section.worstTone;
    const item: ChecklistItemModel = {
      id: section.id,
      label: section.title,
      description: section.found
        ? section.summary
        : section.required
          ? l10n.t('missing')
          : l10n.t('optional, not written'),
      tooltip: l10n.t(
        '{0}: {1} ({2}, {3})',
        section.title,
        section.found ? section.summary : l10n.t('missing'),
        section.statusText,
        section.verdict,
      ),
      icon: section.ready
        ? 'check'
        : !section.found && !section.required
          ? 'circle-large-outline'
          : tone === 'error'
            ? 'error'
            : tone === 'warning'
              ? 'warning'
              : 'pass',
      color:
        !section.found && !section.required
          ? 'disabledForeground'
          : tone === 'error'
            ? 'problemsErrorIcon.foreground'
            : tone === 'warning'
              ? 'problemsWarningIcon.foreground'
              : 'testing.iconPassed',
      line: section.range ? section.range.start.line : null,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= section.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].item.children : roots).push(item);
    stack.push({ depth: section.depth, item });
  }
  return roots;
}

/** "4 of 6 sections ready", shown at the top of the checklist. */
export function readinessText(result: SectionsResult): string {
  const { readySections, sections } = result.readiness;
  return sections === 1
    ? l10n.t('{0} of {1} section ready', readySections, sections)
    : l10n.t('{0} of {1} sections ready', readySections, sections);
}

/** Sections for "Insert Section": missing ones first, in rubric order. */
export function insertChoices(
  result: SectionsResult,
): { id: string; label: string; description: string; missing: boolean }[] {
  const choices = result.sections.map((s) => ({
    id: s.id,
    label: s.title,
    description: s.found ? l10n.t('present · {0}', s.summary) : l10n.t('missing'),
    missing: !s.found,
  }));
  return [...choices.filter((c) => c.missing), ...choices.filter((c) => !c.missing)];
}

/** What the status bar, language status and checklist say of a file a project config ignores. */
export function ignoredTexts(ignored: IgnoredBy): { short: string; detail: string } {
  const name = decodeURIComponent(ignored.config.slice(ignored.config.lastIndexOf('/') + 1));
  return {
    short: l10n.t('Ignored by {0}', name),
    detail: l10n.t(
      'Not checked: this file matches "{0}" in the ignores of {1}, so Rubric Writer skips it here and in CI.',
      ignored.glob,
      name,
    ),
  };
}
