/** Rubric guidance rendered as Markdown (hovers, "Show Rubric"). */
import { ENGLISH, type Messages } from '../messages';
import { describeRules, flattenSections, type Rubric, type RubricSection } from '../rubric';
import type { Requirement, SectionState } from '../check';
import { markdownLine, markdownText } from './markdownWriter';

/**
 * A section's rubric as Markdown. With its state (a hover on its heading): what it has now, and
 * what the rubric asks as a checklist, each requirement met or not, followed by the criteria table.
 */
export function sectionMarkdown(section: RubricSection, state?: SectionState, messages: Messages = ENGLISH): string {
  const out: string[] = [`**${markdownLine(section.title)}**`];
  const rules = describeRules(section);
  if (state) {
    const verdict = state.ready ? state.verdict : messages.t('view.hover.notReadyYet');
    out.push(messages.t('view.hover.now', { summary: state.summary, verdict }));
    if (state.requirements.length > 0) out.push(requirementList(state.requirements, messages));
    const problems = state.errors + state.warnings;
    // Not ready for a problem no requirement names (an e-mail address in the text): say so, not only "not ready".
    if (!state.ready && problems > 0 && state.requirements.every((r) => r.met || r.accepted))
      out.push(messages.t('view.hover.otherProblems', { count: problems }));
    const criteria = criteriaTable(section, messages);
    if (criteria) out.push(criteria);
  } else if (rules) out.push(messages.t('view.hover.rubric', { rules }));
  if (section.prompt) out.push(markdownText(section.prompt));
  if (section.questions?.length) out.push(section.questions.map((q) => `- ${markdownLine(q)}`).join('\n'));
  if (section.points?.length)
    out.push(`${messages.t('view.hover.points')}\n\n${section.points.map((p) => `- ${markdownLine(p)}`).join('\n')}`);
  const criteria = criteriaTable(section, messages);
  if (criteria && !state) out.push(criteria);
  if (section.passing) out.push(messages.t('view.hover.passing', { text: markdownText(section.passing) }));
  return out.join('\n\n');
}

/** "✓ 200–300 words, at most 300 (242 now)", "✗ 3 points (2 found) — not met", "! … — accepted by you, not met". */
function requirementList(requirements: readonly Requirement[], messages: Messages): string {
  const lines = requirements.map((r) =>
    r.met
      ? `- ✓ ${markdownLine(r.text)}`
      : r.accepted
        ? `- ! ${markdownLine(r.text)} — ${messages.t('view.hover.acceptedNotMet')}`
        : `- ✗ ${markdownLine(r.text)} — ${messages.t('view.hover.notMet')}`,
  );
  return `${messages.t('view.hover.asks')}\n\n${lines.join('\n')}`;
}

function criteriaTable(section: RubricSection, messages: Messages): string | null {
  if (!section.criteria?.length) return null;
  return [
    messages.t('view.hover.criteriaHeader'),
    '| --- | --- |',
    ...section.criteria.map((c) => `| ${markdownLine(c.level)} | ${markdownLine(c.text)} |`),
  ].join('\n');
}

export function rubricMarkdown(rubric: Rubric, full = true, messages: Messages = ENGLISH): string {
  const kind = messages.t(rubric.kind === 'framework' ? 'view.hover.framework' : 'view.hover.microCredential');
  const out = [
    `# ${markdownLine(rubric.title)}`,
    `*${kind} · ${markdownLine(rubric.source)}* · id \`${rubric.id}\``,
    markdownText(rubric.description),
  ];
  if (rubric.passing) out.push(messages.t('view.hover.toPass', { text: markdownText(rubric.passing) }));
  if (rubric.anonymity) out.push(messages.t('view.hover.anonymity', { text: markdownText(rubric.anonymity) }));
  if (full) {
    for (const flat of flattenSections(rubric)) {
      out.push(`${'#'.repeat(Math.min(6, flat.depth + 2))} ${markdownLine(flat.section.title)}`);
      const body = sectionMarkdown(flat.section, undefined, messages).split('\n\n').slice(1).join('\n\n');
      if (body) out.push(body);
    }
  }
  return out.join('\n\n');
}
