/** A string or template literal's text as a scan of the sources reads it (`{}` where a template has a value). */
import ts from 'typescript';

export const literalText = (node: ts.Node): string | null =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : ts.isTemplateExpression(node)
      ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('{}')
      : null;
