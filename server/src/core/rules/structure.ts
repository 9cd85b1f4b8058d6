/** Sections missing, duplicated or out of rubric order. */
import { describeWordLimit } from '../limits';
import { isRequired } from '../rubric';
import type { SectionResult } from '../sections';
import { headingRange, make, type Rule, type RuleContext } from './context';

export const missingSections: Rule = (context) =>
  context.sections
    .filter((result) => !result.heading && isRequired(result.flat.section))
    // A missing Part is one diagnostic, not one per subsection.
    .filter((result) => !(result.flat.parent && !context.sections[result.flat.parent.index].heading && isRequired(result.flat.parent.section)))
    .map((result) => {
      const parent = result.flat.parent ? context.sections[result.flat.parent.index] : null;
      const range = parent?.heading ? headingRange(context, parent.heading) : context.anchor;
      const limit = describeWordLimit(result.flat.section.words);
      const where = parent?.heading ? ` from ${parent.title}` : '';
      return make('missing-section', 'error', result, `${result.title} is missing${where}: add its heading${limit ? ` (${limit})` : ''}.`, range, {
        insertTitle: result.title,
      });
    });

export const duplicateSections: Rule = (context) =>
  context.sections.flatMap((result) =>
    result.duplicates.map((heading) =>
      make('duplicate-section', 'warning', result, `${result.title} already has a heading on line ${context.index.position(result.heading!.start).line + 1}; this heading matches it again.`, headingRange(context, heading)),
    ),
  );

export const sectionOrder: Rule = (context) => {
  const found = context.sections.filter((result) => result.heading).sort((a, b) => a.heading!.start - b.heading!.start);
  const keep = longestInOrder(found.map((result) => result.flat.index));
  const inOrder = found.filter((_r, i) => keep[i]);
  return found
    .filter((_r, i) => !keep[i])
    .map((result) => make('section-out-of-order', 'information', result, `${result.title} ${placeOf(result, inOrder)}.`, headingRange(context, result.heading!)));
};

function placeOf(result: SectionResult, inOrder: SectionResult[]): string {
  const next = inOrder.find((other) => other.flat.index > result.flat.index);
  if (next) return `should come before ${next.title}`;
  const previous = [...inOrder].reverse().find((other) => other.flat.index < result.flat.index);
  return previous ? `should come after ${previous.title}` : 'is out of rubric order';
}

/**
 * Marks the longest increasing run of rubric positions; among equally long runs, the one that
 * keeps the earliest headings. Everything unmarked is what must move.
 */
export function longestInOrder(order: readonly number[]): boolean[] {
  const n = order.length;
  const from = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (order[j] > order[i]) from[i] = Math.max(from[i], from[j] + 1);
  }
  let needed = Math.max(0, ...from);
  let last = -Infinity;
  const keep = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n && needed > 0; i++) {
    if (order[i] > last && from[i] === needed) {
      keep[i] = true;
      last = order[i];
      needed--;
    }
  }
  return keep;
}

export type { RuleContext };
