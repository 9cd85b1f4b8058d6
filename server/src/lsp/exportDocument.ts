/** The export request: the server renders a submission in the format asked; the client only writes the bytes. */
import { type Analysis, documentTree, type ExportWarning, type ImageReader, messagesFor } from '../core';
import type { ServerContext } from './context';
import type { Exporter } from './platform';
import { ExportRequest, type ExportFormat, type ExportResult } from './protocol';

/** The export request: null for a document that is no open submission. */
export function registerExport(context: ServerContext): void {
  context.connection.onRequest(
    ExportRequest,
    context.onSubmission('export', null, async (found, params) => {
      // Never over the submission: the export would replace the work it was made from.
      if (params.target && context.platform.sameFile(found.document.uri, params.target))
        return {
          base64: '',
          warnings: [],
          refused: messagesFor(context.workspace.locale).t('view.export.isSubmission'),
        };
      return exportDocument(
        await context.platform.exporter(),
        found.document.uri,
        found.analysis,
        params.format,
        context.platform.images(
          found.document.uri,
          context.connection,
          context.workspace.folderUris,
          messagesFor(context.workspace.locale),
        ),
      );
    }),
  );
}

export async function exportDocument(
  { docxOfTree, plainTextOfTree, exportReadinessReport }: Exporter,
  uri: string,
  analysis: Analysis,
  format: ExportFormat,
  readImage: ImageReader,
): Promise<ExportResult> {
  const name = decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, ''));
  let bytes: Uint8Array;
  let warnings: ExportWarning[] = [];
  if (format === 'docx') {
    const docx = await docxOfTree(analysis, documentTree(analysis.blocks), { readImage });
    bytes = docx.bytes;
    warnings = docx.warnings;
  } else if (format === 'html') bytes = new TextEncoder().encode(exportReadinessReport(analysis, { file: name }));
  else if (format === 'text')
    bytes = new TextEncoder().encode(plainTextOfTree(analysis, documentTree(analysis.blocks)));
  else throw new Error(`unknown export format "${String(format)}" (docx, html or text)`);
  return { base64: toBase64(bytes), warnings };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}
