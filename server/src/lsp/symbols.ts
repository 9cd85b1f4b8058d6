/** The outline as document symbols (with counts in `detail`) and folding ranges for sections. */
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { FoldingRangeKind, SymbolKind } from './languageServer';
import type { Analysis } from '../core';
import type { ServerContext } from './context';

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { blockIndex } = analysis;
  const bySection = new Map(analysis.sections.filter((s) => s.heading).map((s) => [s.heading!.index, s]));
  const symbols: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  for (const heading of analysis.outline) {
    const section = bySection.get(heading.index);
    const symbol: DocumentSymbol = {
      name: heading.text || analysis.messages.t('view.symbol.untitled'),
      detail: section ? analysis.states[section.flat.index].summary : undefined,
      kind: section ? (section.flat.depth === 0 ? SymbolKind.Module : SymbolKind.Namespace) : SymbolKind.String,
      range: blockIndex.range(
        heading.start,
        Math.max(heading.end, blockIndex.visibleEnd(heading.start, heading.sectionEnd)),
      ),
      selectionRange: blockIndex.range(heading.start, heading.end),
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= heading.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].symbol.children! : symbols).push(symbol);
    stack.push({ depth: heading.depth, symbol });
  }
  return symbols;
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { blockIndex } = analysis;
  return analysis.outline.flatMap((heading) => {
    const startLine = blockIndex.position(heading.start).line;
    const endLine = blockIndex.position(blockIndex.visibleEnd(heading.start, heading.sectionEnd)).line;
    return endLine > startLine ? [{ startLine, endLine, kind: FoldingRangeKind.Region }] : [];
  });
}

export function registerSymbols(context: ServerContext): void {
  const { connection } = context;
  connection.onDocumentSymbol(context.onSubmission('document symbols', [], (found) => documentSymbols(found.analysis)));
  connection.onFoldingRanges(context.onSubmission('folding ranges', [], (found) => foldingRanges(found.analysis)));
}
