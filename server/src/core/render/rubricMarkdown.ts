/** Rubric guidance rendered as Markdown (hovers, "Show Rubric"). */
import { describeRules, flattenSections, type Rubric, type RubricSection } from '../rubric';
import type { Requirement, SectionState } from '../check';
import { markdownLine, markdownText } from './markdownWriter';

/**
 * A section's rubric as Markdown. With its state (a hover on its heading): what it has now, and
 * what the rubric asks as a checklist, each requirement met or not, followed by the criteria table.
 */
export function sectionMarkdown(section: RubricSection, state?: SectionState): string {
  const out: string[] = [`**${markdownLine(section.title)}**`];
  const rules = describeRules(section);
  if (state) {
    out.push(`*Now:* ${state.summary} · ${state.ready ? state.verdict : 'not ready yet'}`);
    if (state.requirements.length > 0) out.push(requirementList(state.requirements));
    const criteria = criteriaTable(section);
    if (criteria) out.push(criteria);
  } else if (rules) out.push(`*Rubric:* ${rules}`);
  if (section.prompt) out.push(markdownText(section.prompt));
  if (section.questions?.length) out.push(section.questions.map((q) => `- ${markdownLine(q)}`).join('\n'));
  if (section.points?.length)
    out.push(`Points to cover:\n\n${section.points.map((p) => `- ${markdownLine(p)}`).join('\n')}`);
  const criteria = criteriaTable(section);
  if (criteria && !state) out.push(criteria);
  if (section.passing) out.push(`*Passing:* ${markdownText(section.passing)}`);
  return out.join('\n\n');
}

/** "✓ 200–300 words, at most 300 (242 now)", "✗ 3 points (2 found) — not met", "! … — accepted by you, not met". */
function requirementList(requirements: readonly Requirement[]): string {
  const lines = requirements.map((r) =>
    r.met
      ? `- ✓ ${markdownLine(r.text)}`
      : r.accepted
        ? `- ! ${markdownLine(r.text)} — *accepted by you, not met*`
        : `- ✗ ${markdownLine(r.text)} — *not met*`,
  );
  return `*The rubric asks:*\n\n${lines.join('\n')}`;
}

function criteriaTable(section: RubricSection): string | null {
  if (!section.criteria?.length) return null;
  return [
    '| Level | Criteria |',
    '| --- | --- |',
    ...section.criteria.map((c) => `| ${markdownLine(c.level)} | ${markdownLine(c.text)} |`),
  ].join('\n');
}

export function rubricMarkdown(rubric: Rubric, full = true): string {
  const out = [
    `# ${markdownLine(rubric.title)}`,
    `*${rubric.kind === 'framework' ? 'Reflection framework' : 'Micro-credential'} · ` +
      `${markdownLine(rubric.source)}* · id \`${rubric.id}\``,
    markdownText(rubric.description),
  ];
  if (rubric.passing) out.push(`**To pass:** ${markdownText(rubric.passing)}`);
  if (rubric.anonymity) out.push(`**Anonymity:** ${markdownText(rubric.anonymity)}`);
  if (full) {
    for (const flat of flattenSections(rubric)) {
      out.push(`${'#'.repeat(Math.min(6, flat.depth + 2))} ${markdownLine(flat.section.title)}`);
      const body = sectionMarkdown(flat.section).split('\n\n').slice(1).join('\n\n');
      if (body) out.push(body);
    }
  }
  return out.join('\n\n');
}
