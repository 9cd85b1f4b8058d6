/** Rubric guidance rendered as Markdown (hovers, "Show Rubric"). */
import { describeRules, flattenSections, type Rubric, type RubricSection } from '../rubric';
import type { SectionState } from '../check';
import { markdownLine, markdownText } from './markdownWriter';

/** A section's rubric as Markdown; with its state, what it has now ("212 / 350–450 words"). */
export function sectionMarkdown(section: RubricSection, state?: SectionState): string {
  const out: string[] = [`**${markdownLine(section.title)}**`];
  const rules = describeRules(section);
  if (rules) out.push(`*Rubric:* ${rules}`);
  if (state) out.push(`*Now:* ${state.summary}`);
  if (section.prompt) out.push(markdownText(section.prompt));
  if (section.questions?.length) out.push(section.questions.map((q) => `- ${markdownLine(q)}`).join('\n'));
  if (section.points?.length)
    out.push(`Points to cover:\n\n${section.points.map((p) => `- ${markdownLine(p)}`).join('\n')}`);
  if (section.criteria?.length) {
    out.push(
      [
        '| Level | Criteria |',
        '| --- | --- |',
        ...section.criteria.map((c) => `| ${markdownLine(c.level)} | ${markdownLine(c.text)} |`),
      ].join('\n'),
    );
  }
  if (section.passing) out.push(`*Passing:* ${markdownText(section.passing)}`);
  return out.join('\n\n');
}

export function rubricMarkdown(rubric: Rubric, full = true): string {
  const out = [
    `# ${markdownLine(rubric.title)}`,
    `*${rubric.kind === 'framework' ? 'Reflection framework' : 'Micro-credential'} · ${markdownLine(rubric.source)}* · id \`${rubric.id}\``,
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
