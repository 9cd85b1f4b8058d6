import type { Messages } from '../../messages';
import type { SectionResult } from '../sections';
import { defineRule, finding, headingRange } from './rule';

export const sectionOutOfOrder = defineRule({
  code: 'section-out-of-order',
  severity: 'information',
  description: 'Sections are not in the rubric order (the fewest that must move are marked).',
  when: 'sections out of rubric order',
  check: (context) => {
    const found = context.sections
      .filter((result) => result.heading)
      .sort((a, b) => a.heading!.start - b.heading!.start);
    const keep = longestInOrder(found.map((result) => result.flat.index));
    const inOrder = found.filter((_r, i) => keep[i]);
    return found
      .filter((_r, i) => !keep[i])
      .map((result) =>
        finding(result, placeOf(result, inOrder, context.messages), headingRange(context, result.heading!)),
      );
  },
});

function placeOf(result: SectionResult, inOrder: SectionResult[], messages: Messages): string {
  const title = result.title;
  const next = inOrder.find((other) => other.flat.index > result.flat.index);
  if (next) return messages.t('section-out-of-order.before', { title, next: next.title });
  const previous = [...inOrder].reverse().find((other) => other.flat.index < result.flat.index);
  return previous
    ? messages.t('section-out-of-order.after', { title, previous: previous.title })
    : messages.t('section-out-of-order.message', { title });
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
