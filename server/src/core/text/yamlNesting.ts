/**
 * How deeply a YAML text nests, measured before the `yaml` package reads it. That parser recurses
 * once per level, and a few thousand levels (`a: [[[[…`) exhaust the stack; when the stack runs out
 * while V8 is compiling a regular expression the whole process aborts, so catching the error is not
 * enough. Front matter, rubric files and the project config all pass through this first.
 */

/** Far deeper than any real rubric, config or front matter, and far below where the parser fails. */
export const MAX_YAML_NESTING = 200;

/**
 * The offset at which `text` nests deeper than `limit`, or -1. An upper bound on the parser's depth:
 * every open bracket counts (quoted or not), and so does every indentation step still open and every
 * `-`, `?` or `:` that starts a line (`- - - a` nests on one line).
 */
export function yamlTooDeepAt(text: string, limit = MAX_YAML_NESTING): number {
  const indents: number[] = [];
  let flow = 0;
  let lineDepth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    if (atLineStart) {
      atLineStart = false;
      let indent = 0;
      while (text[i + indent] === ' ' || text[i + indent] === '\t') indent++;
      let markers = 0;
      for (let j = i + indent; j < text.length; j++) {
        const c = text[j];
        if (c === '-' || c === '?' || c === ':') markers++;
        else if (c !== ' ' && c !== '\t') break;
      }
      const blank = i + indent >= text.length || text[i + indent] === '\n' || text[i + indent] === '\r';
      if (!blank) {
        while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
        if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      }
      lineDepth = indents.length + markers;
    }
    const c = text[i];
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === '\n' || c === '\r') atLineStart = true;
    if (lineDepth + flow > limit) return i;
  }
  return -1;
}
