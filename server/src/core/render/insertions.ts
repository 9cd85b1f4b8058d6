/** Where a missing section's heading goes (its rubric place) and what is inserted there. */
import type { Analysis } from '../check';
import { blockLead, sectionBlock } from './markdownWriter';

export interface Insertion {
  sectionId: string;
  /** Offset in the document where the text is inserted (a line start, or the document's end). */
  offset: number;
  text: string;
}

export function insertionFor(text: string, analysis: Analysis, sectionId: string): Insertion | null {
  const sections = analysis.sections;
  const target = sections.find((s) => s.id === sectionId);
  if (!target || target.heading) return null;
  const parent = target.flat.parent ? sections[target.flat.parent.index] : null;
  const next = sections.find((s) => s.flat.index > target.flat.index && s.heading)?.heading ?? null;
  let offset = next ? next.start : text.length;
  if (parent?.heading) offset = Math.min(offset, parent.end);
  const depth = parent?.heading ? parent.heading.depth + 1 : (topLevelDepth(analysis) ?? 2) + target.flat.depth;
  return {
    sectionId,
    offset,
    text: `${blockLead(text.slice(0, offset))}${sectionBlock(depth, target.flat.section)}\n`,
  };
}

/** Every missing section, each at its rubric place (one edit list for "insert all missing sections"). */
export function allInsertions(text: string, analysis: Analysis): Insertion[] {
  return analysis.sections
    .filter((s) => !s.heading && !(s.flat.parent && !analysis.sections[s.flat.parent.index].heading))
    .flatMap((s) => {
      // A missing Part is inserted with its subsections.
      const own = insertionFor(text, analysis, s.id);
      if (!own) return [];
      const children = analysis.sections.filter((c) => c.flat.parent === s.flat && !c.heading);
      const childText = children.map((c) => {
        const inner = insertionFor(text, analysis, c.id)!;
        return inner.text
          .replace(/^\n+/, '')
          .replace(/^(#+)/, '#'.repeat(Math.min(6, own.text.trim().match(/^#+/)![0].length + 1)));
      });
      return [{ ...own, text: own.text + childText.join('') }];
    });
}

function topLevelDepth(analysis: Analysis): number | null {
  const part = analysis.sections.find((s) => s.flat.depth === 0 && s.heading);
  return part ? part.heading!.depth : null;
}
