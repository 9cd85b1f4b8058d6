/** Rubric guidance rendered as Markdown (hovers, "Show Rubric"). */
import { describeRules, flattenSections, type Rubric, type RubricSection } from '../rubric';
import type { SectionState } from '../check';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A section's rubric as Markdown; with its state, what it has now ("212 / 350–450 words"). */
export function sectionMarkdown(section: RubricSection, state?: SectionState): string {
  const out: string[] = [`**${section.title}**`];
  const rules = describeRules(section);
  if (rules) out.push(`*Rubric:* ${rules}`);
  if (state) out.push(`*Now:* ${state.summary}`);
  if (section.prompt) out.push(section.prompt);
  if (section.questions?.length) out.push(section.questions.map((q) => `- ${q}`).join('\n'));
  if (section.points?.length) out.push(`Points to cover:\n\n${section.points.map((p) => `- ${p}`).join('\n')}`);
  if (section.criteria?.length) {
    out.push(
      [
        '| Level | Criteria |',
        '| --- | --- |',
        ...section.criteria.map((c) => `| ${escapeCell(c.level)} | ${escapeCell(c.text)} |`),
      ].join('\n'),
    );
  }
  if (section.passing) out.push(`*Passing:* ${section.passing}`);
  return out.join('\n\n');
}

export function rubricMarkdown(rubric: Rubric, full = true): string {
  const out = [
    `# ${rubric.title}`,
    `*${rubric.kind === 'framework' ? 'Reflection framework' : 'Micro-credential'} · ${rubric.source}* · id \`${rubric.id}\``,
    rubric.description,
  ];
  if (rubric.passing) out.push(`**To pass:** ${rubric.passing}`);
  if (rubric.anonymity) out.push(`**Anonymity:** ${rubric.anonymity}`);
  if (full) {
    for (const flat of flattenSections(rubric)) {
      out.push(`${'#'.repeat(Math.min(6, flat.depth + 2))} ${flat.section.title}`);
      const body = sectionMarkdown(flat.section).split('\n\n').slice(1).join('\n\n');
      if (body) out.push(body);
    }
  }
  return out.join('\n\n');
}
