/** Rubric guidance rendered as Markdown (hovers, "Show Rubric") and one-line section summaries. */
import { describeRecordingRule, describeWordLimit, formatWordLimit } from './limits';
import { formatDuration } from './media';
import { flattenSections, type Rubric, type RubricSection } from './rubric';
import type { SectionResult } from './sections';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The rules of a section in words: "at most 300 words; at least 5 stakeholders". */
export function describeRules(section: RubricSection): string {
  const parts = [describeWordLimit(section.words)];
  if (section.items) parts.push(`at least ${section.items.min} ${section.items.noun}s`);
  if (section.media?.recordings) parts.push(`recordings: ${describeRecordingRule(section.media.recordings)}${section.media.recordings.replacesWords ? ' (a recording may replace the text)' : ''}`);
  if (section.media?.photos?.max !== undefined) parts.push(`photos: at most ${section.media.photos.max}${section.media.photos.captions ? ', each captioned' : ''}`);
  if (section.required === false) parts.push('optional');
  return parts.filter(Boolean).join('; ');
}

export function sectionMarkdown(section: RubricSection, result?: SectionResult): string {
  const out: string[] = [`**${section.title}**`];
  const rules = describeRules(section);
  if (rules) out.push(`*Rubric:* ${rules}`);
  if (result) out.push(`*Now:* ${sectionSummary(result)}`);
  if (section.prompt) out.push(section.prompt);
  if (section.questions?.length) out.push(section.questions.map((q) => `- ${q}`).join('\n'));
  if (section.points?.length) out.push(`Points to cover:\n\n${section.points.map((p) => `- ${p}`).join('\n')}`);
  if (section.criteria?.length) {
    out.push(['| Level | Criteria |', '| --- | --- |', ...section.criteria.map((c) => `| ${escapeCell(c.level)} | ${escapeCell(c.text)} |`)].join('\n'));
  }
  if (section.passing) out.push(`*Passing:* ${section.passing}`);
  return out.join('\n\n');
}

export function rubricMarkdown(rubric: Rubric, full = true): string {
  const out = [`# ${rubric.title}`, `*${rubric.kind === 'framework' ? 'Reflection framework' : 'Micro-credential'} · ${rubric.source}* · id \`${rubric.id}\``, rubric.description];
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

/** "212 / 350–450 words", "342 / 300 words — 42 over", "4 / 5 stakeholders", "2 recordings, 8:10". */
export function sectionSummary(result: SectionResult): string {
  const section = result.flat.section;
  if (!result.heading) return 'missing';
  const parts: string[] = [];
  const words = result.words ?? 0;
  const limits = section.words;
  if (result.judgedByRecording) parts.push('judged by its recording');
  else if (limits && (limits.max !== undefined || limits.min !== undefined)) {
    const over = limits.max !== undefined && words > limits.max ? ` — ${words - limits.max} over` : '';
    const short = limits.min !== undefined && words > 0 && words < limits.min ? ` — ${limits.min - words} short` : '';
    parts.push(`${words} / ${formatWordLimit(limits)} words${over}${short}`);
  } else parts.push(`${words} word${words === 1 ? '' : 's'}`);
  if (section.items && result.items !== null) parts.push(`${result.items} / ${section.items.min} ${section.items.noun}s`);
  if (result.recordings.length > 0) {
    const total = result.recordings.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
    parts.push(`${result.recordings.length} recording${result.recordings.length === 1 ? '' : 's'}${total > 0 ? `, ${formatDuration(total)}` : ''}`);
  }
  if (result.photos.length > 0) parts.push(`${result.photos.length} photo${result.photos.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
