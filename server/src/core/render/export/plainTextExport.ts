/**
 * The submission as plain text, section by section under the rubric's titles, for pasting into a
 * credential platform's form field by field. Each section's text is what "copy section as plain
 * text" gives; a Part with written sections holds only its own text, so nothing is pasted twice.
 */
import type { Root } from 'mdast';
import type { Analysis } from '../../check';
import { documentTree } from '../../document';
import { nodesStartingIn, nodesToPlainText } from '../plainText';

export function exportPlainText(analysis: Analysis): string {
  return plainTextOfTree(analysis, documentTree(analysis.blocks));
}

/** The same from `tree`, the document's syntax tree (`documentTree` of the analysis's blocks). */
export function plainTextOfTree(analysis: Analysis, tree: Root): string {
  const sections = analysis.sections;
  const out: string[] = [];
  for (const section of sections) {
    if (!section.heading) continue;
    const from = section.heading.end;
    // The first heading of one of its own sections ends a Part's own text.
    const ownEnd = sections
      .filter((other) => isInside(other, section) && other.heading!.start >= from && other.heading!.start < section.end)
      .reduce((end, other) => Math.min(end, other.heading!.start), section.end);
    const body = nodesToPlainText(nodesStartingIn(tree.children, from, ownEnd));
    const rule = (section.flat.depth === 0 ? '=' : '-').repeat(Math.min(section.title.length, 72));
    out.push([section.title, rule, ...(body ? ['', body] : [])].join('\n'));
  }
  return out.length > 0 ? `${out.join('\n\n\n')}\n` : '';
}

function isInside(other: Analysis['sections'][number], part: Analysis['sections'][number]): boolean {
  if (!other.heading) return false;
  for (let parent = other.flat.parent; parent; parent = parent.parent) if (parent === part.flat) return true;
  return false;
}
