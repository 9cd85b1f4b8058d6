/**
 * Reading back what an imported rubric file says of its rules: the `# line N: "quote"` and
 * `# check: why` comments written above each rule (rubricFile.ts), found for the key under the
 * cursor, or for the nearest rule around it (hovering `max` finds the comment above `words`).
 */
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Node as YamlNode, type Pair } from 'yaml';

export interface RuleSource {
  /** The requirement lines the rule came from, 1-based as the comments say. */
  lines: { line: number; quote: string }[];
  /** What the import was unsure of, as written after `check:`. */
  checks: string[];
  /** The offsets of the key hovered (or of the value, when the cursor is on a value). */
  range: [number, number];
}

/** `line 12: "…"`, or `línea 12: "…"` in a file imported in Spanish (`import.sourceLine`). */
const SOURCE_LINE = /^\s*(?:line|línea) (\d+): (".*")\s*$/;
const CHECK = /^\s*check: (.+)$/;

/** The source of the rule at `offset` in a rubric file's text, or null when no comment names one. */
export function ruleSourceAt(text: string, offset: number): RuleSource | null {
  const document = parseDocument(text);
  const found = innermostPairAt(document, offset);
  if (!found) return null;
  const { pair, ancestors } = found;
  const target = [pair.key, pair.value].find((node) => isScalar(node) && contains(node, offset)) ?? pair.key;
  const range: [number, number] =
    isNode(target) && target.range ? [target.range[0], target.range[1]] : [offset, offset];
  const chain: unknown[] = [...ancestors, pair];
  for (let at = chain.length - 1; at >= 0; at--) {
    const comment = commentsOf(chain[at], chain[at - 1], chain[at - 2]);
    const source = comment ? parseComment(comment) : null;
    if (source) return { ...source, range };
  }
  return null;
}

/** The innermost key: value pair whose text holds the offset, with the nodes around it. */
function innermostPairAt(document: ReturnType<typeof parseDocument>, offset: number) {
  let found: { pair: Pair; ancestors: unknown[] } | null = null;
  visit(document, {
    Pair(_key, pair, path) {
      const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      const end = isNode(pair.value) ? pair.value.range?.[1] : isNode(pair.key) ? pair.key.range?.[1] : undefined;
      if (start === undefined || end === undefined || offset < start || offset > end) return visit.SKIP;
      found = { pair, ancestors: [...path] };
      return undefined;
    },
  });
  return found as { pair: Pair; ancestors: unknown[] } | null;
}

const contains = (node: YamlNode, offset: number) =>
  node.range !== undefined && node.range !== null && node.range[0] <= offset && offset <= node.range[1];

/**
 * The comment lines written above a pair's key, or above a list item. The YAML library keeps the
 * comment above a collection's first entry on the collection itself, so that one is read too.
 */
function commentsOf(node: unknown, parent: unknown, grandparent: unknown): string | null {
  if (isPair(node)) {
    const own = isNode(node.key) ? node.key.commentBefore : null;
    const first = isMap(parent) && parent.items[0] === node && isPair(grandparent) ? parent.commentBefore : null;
    return joined(first, own);
  }
  if (isMap(node) && isSeq(parent)) {
    const first = parent.items[0] === node && isPair(grandparent) ? parent.commentBefore : null;
    return joined(first, node.commentBefore);
  }
  return null;
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n') || null;

function parseComment(comment: string): Omit<RuleSource, 'range'> | null {
  const lines: RuleSource['lines'] = [];
  const checks: string[] = [];
  for (const text of comment.split('\n')) {
    const source = SOURCE_LINE.exec(text);
    if (source) lines.push({ line: Number(source[1]), quote: unquote(source[2]) });
    const check = CHECK.exec(text);
    if (check) checks.push(check[1].trim());
  }
  return lines.length > 0 || checks.length > 0 ? { lines, checks } : null;
}

function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted.slice(1, -1);
  }
}
