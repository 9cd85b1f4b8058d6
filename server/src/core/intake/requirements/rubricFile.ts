/** The rubric file of an imported draft: YAML whose comments say where each rule came from. */
import { Document, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { ENGLISH, type Messages } from '../../messages';
import type { RubricDraft } from './draft';
import { type RubricPath, uncertainWhy } from './trace';

/**
 * The draft as a rubric file, every rule with its source line and every doubt marked `# check:`, the
 * notes in the writer's language (`messages`); the hover reads them back (ruleSource.ts).
 */
export function rubricFileText(draft: RubricDraft, sourceName: string, messages: Messages = ENGLISH): string {
  const doc = new Document(draft.rubric);
  doc.commentBefore = messages.t('import.fileHeader', { source: sourceName });
  const notes = new Map<string, { path: RubricPath; lines: string[] }>();
  const add = (path: RubricPath, text: string) => {
    const at = existingPath(doc, path);
    const key = JSON.stringify(at);
    const entry = notes.get(key) ?? { path: at, lines: [] };
    if (!entry.lines.includes(text)) entry.lines.push(text);
    notes.set(key, entry);
  };
  for (const { path, line, quote } of draft.provenance)
    add(path, messages.t('import.sourceLine', { line: String(line), quote: JSON.stringify(quote) }));
  for (const doubt of draft.uncertain)
    add(doubt.path, messages.t('import.check', { why: uncertainWhy(doubt, messages), line: String(doubt.line) }));
  for (const { path, lines } of notes.values()) attach(doc, path, lines.join('\n'));
  return doc.toString({ lineWidth: 100 });
}

/** The longest prefix of the path that the document holds. */
function existingPath(doc: Document, path: RubricPath): RubricPath {
  for (let end = path.length; end > 0; end--) if (doc.hasIn(path.slice(0, end))) return path.slice(0, end);
  return [];
}

/** The comment goes above the key (or the list item) the path ends at. */
function attach(doc: Document, path: RubricPath, comment: string): void {
  if (path.length === 0) {
    doc.commentBefore = `${doc.commentBefore}\n${comment}`;
    return;
  }
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  let target: YamlNode | null = null;
  if (isSeq(parent) && typeof last === 'number') target = parent.items[last] as YamlNode;
  else if (isMap(parent)) {
    const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
    target = isScalar(pair?.key) ? pair.key : null;
  }
  if (!target) return;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${comment}` : comment;
}
