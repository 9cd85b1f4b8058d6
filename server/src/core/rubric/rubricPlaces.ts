/**
 * Places in a rubric file as a writer reads them: sections by their 1-based position and title
 * (`Section 2.1 "Reasons"`), not `sections.1.sections.0`; and the key a problem is about, to be
 * underlined instead of the whole item.
 */
import { isMap, isNode, isPair, isScalar, type Document } from 'yaml';
import { ENGLISH, type Messages } from '../messages';

export type RubricPath = (string | number)[];

/** `Section 2 "My Plan": words.max`, `Section 1.3 "Reasons"`, `title`, or `The rubric` for the root. */
export function describePlace(data: unknown, path: RubricPath, messages: Messages = ENGLISH): string {
  const numbers: number[] = [];
  let node: unknown = data;
  let at = 0;
  while (path[at] === 'sections' && typeof path[at + 1] === 'number') {
    numbers.push((path[at + 1] as number) + 1);
    node = (node as { sections?: unknown[] } | undefined)?.sections?.[path[at + 1] as number];
    at += 2;
  }
  const rest = path.slice(at).join('.');
  if (numbers.length === 0) return rest || messages.t('rubric-file.place.rubric');
  const section = node as { title?: unknown; id?: unknown } | undefined;
  const name = typeof section?.title === 'string' ? section.title : typeof section?.id === 'string' ? section.id : '';
  const number = numbers.join('.');
  const place = name
    ? messages.t('rubric-file.place.sectionNamed', { number, name })
    : messages.t('rubric-file.place.section', { number });
  return rest ? `${place}: ${rest}` : place;
}

/**
 * The source range to underline for `path`: a scalar value itself; else the key of its last step when
 * that is a mapping key (`words:`), the first key of an item in a list (a section's `id:`), else the node.
 */
export function keyRange(document: Document.Parsed, path: RubricPath, keyOnly = false): [number, number] | null {
  // A wrong value (`kind: poem`, `max: 10000000`) is underlined itself; an unknown field, by its key.
  const value = path.length > 0 ? document.getIn(path, true) : null;
  if (!keyOnly && isScalar(value) && value.range) return [value.range[0], value.range[1]];
  for (let length = path.length; length >= 0; length--) {
    const here = path.slice(0, length);
    const last = here[here.length - 1];
    if (typeof last === 'string') {
      const parent = length === 1 ? document.contents : document.getIn(here.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
      }
      continue;
    }
    const node = length === 0 ? document.contents : document.getIn(here, true);
    if (isMap(node) && node.items.length > 0 && isNode(node.items[0].key) && node.items[0].key.range)
      return [node.items[0].key.range[0], node.items[0].key.range[1]];
    if (isNode(node) && node.range) return [node.range[0], node.range[1]];
  }
  return null;
}
