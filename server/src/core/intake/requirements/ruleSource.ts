/**
 * Where a rule of an imported rubric file came from, read back from the file: the `# line N: "…"`
 * comments `rubricFile.ts` writes above each rule (kept or edited by the writer since), for the
 * key or list item under the cursor, else for the nearest rule around it.
 */
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

export interface RuleSource {
  /** The requirements file the rubric was imported from, as its header names it. */
  sourceName: string | null;
  /** Each line of the requirements the rule came from, with its words as the file quotes them. */
  lines: { line: number; quote: string }[];
  /** What the import was unsure of there (`# check:` comments). */
  checks: string[];
}

const SOURCE_LINE = /^\s*line (\d+): (.*)$/;
/** A comment the import wrote: a source line or a doubt. */
const IMPORT_NOTE = /^\s*(?:line \d+|check): /m;
const CHECK = /^\s*check: (.*)$/;
const IMPORTED_FROM = /^\s*Imported from (.+?)\. Each rule names/;

/** The source of the rule at `offset` of a rubric file's text, or null where no rule names one. */
export function ruleSourceAt(text: string, offset: number): RuleSource | null {
  const doc = parseDocument(text);
  // The innermost commented node around the offset speaks for it.
  let comment: string | null = null;
  for (const node of nodesAround(doc.contents, offset)) {
    if (node.commentBefore && IMPORT_NOTE.test(node.commentBefore)) comment = node.commentBefore;
  }
  if (comment === null) return null;
  const lines: RuleSource['lines'] = [];
  const checks: string[] = [];
  for (const line of comment.split('\n')) {
    const source = SOURCE_LINE.exec(line);
    if (source) lines.push({ line: Number(source[1]), quote: unquote(source[2]) });
    const check = CHECK.exec(line);
    if (check) checks.push(check[1]);
  }
  const sourceName = IMPORTED_FROM.exec(doc.commentBefore ?? '')?.[1] ?? null;
  return { sourceName, lines, checks };
}

/** The nodes whose span holds `offset`, outermost first: for a map entry its key, then its value. */
function nodesAround(node: unknown, offset: number): YamlNode[] {
  const found: YamlNode[] = [];
  let current = node;
  while (isMap(current) || isSeq(current)) {
    let next: unknown = null;
    if (isMap(current)) {
      for (const pair of current.items) {
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        const start = key?.range?.[0] ?? value?.range?.[0];
        const end = value?.range?.[1] ?? key?.range?.[1];
        if (start === undefined || end === undefined || offset < start || offset > end) continue;
        // A comment above a map's first key is read as the map's own: the map speaks for that key too.
        if (current.items[0] === pair && current.commentBefore) found.push(current);
        if (key) found.push(key);
        if (value) found.push(value);
        next = value;
        break;
      }
    } else {
      for (const item of current.items as YamlNode[]) {
        const [start, end] = item?.range ?? [];
        if (start === undefined || end === undefined || offset < start || offset > end) continue;
        found.push(item);
        next = item;
        break;
      }
    }
    current = next;
  }
  return found;
}

/** The quote as written (a JSON string), or the text itself when the writer changed its quoting. */
function unquote(quoted: string): string {
  try {
    const value = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted;
  }
}
