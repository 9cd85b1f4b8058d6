/**
 * The two imports the editor offers: a credential's requirements become a rubric file, and a Word
 * draft becomes a submission. The server reads and converts; the client picks the files and writes.
 */
import {
  BUILTIN_RUBRICS,
  describeMetadataFinding,
  draftCounts,
  loadRubricText,
  pdfPagesToText,
  readRequirements,
  rubricFileText,
  slug,
  type WordImport,
} from '../core';
import type { ServerContext } from './context';
import { toBase64 } from './exportDocument';
import {
  ImportRubricRequest,
  type ImportRubricResult,
  ImportWordRequest,
  type ImportWordResult,
  type RequirementsFormat,
} from './protocol';
import { fromBase64 } from './rubricSource';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function registerImports(context: ServerContext): void {
  context.connection.onRequest(
    ImportRubricRequest,
    context.guard('import rubric', async (params): Promise<ImportRubricResult> => {
      const text = await requirementText(context, params);
      if (typeof text !== 'string') return text;
      const draft = readRequirements(text);
      if (!draft)
        return { error: `${params.source}: no Part, artifact or section found; is this a credential's requirements?` };
      const taken = (id: string) =>
        BUILTIN_RUBRICS.some((rubric) => rubric.id === id) || Boolean(context.workspace.registry.get(id));
      let id = params.id ?? slug(draft.rubric.title);
      if (!ID.test(id)) return { error: `"${id}" is no rubric id: use lowercase letters, digits and single hyphens` };
      if (BUILTIN_RUBRICS.some((rubric) => rubric.id === id) || (!params.id && taken(id)))
        for (let n = 2; taken(id); n++) id = `${params.id ?? slug(draft.rubric.title)}-${n}`;
      draft.rubric = { ...draft.rubric, id };
      const yaml = rubricFileText(draft, params.source);
      const problem = loadRubricText(yaml).problems.find((p) => p.severity === 'error');
      if (problem) return { error: `the rubric read from ${params.source} is not valid: ${problem.message}` };
      const checks = draft.uncertain.map(({ line, why }) => ({ line, why }));
      return { id, title: draft.rubric.title, yaml, ...draftCounts(draft), checks };
    }),
  );
  context.connection.onRequest(
    ImportWordRequest,
    context.guard('import Word document', (params) => importWord(context, params)),
  );
}

async function requirementText(
  context: ServerContext,
  params: { format: RequirementsFormat; text?: string; base64?: string; source: string },
): Promise<string | { error: string }> {
  if (params.format === 'text') return params.text ?? '';
  // The HTML reader comes with the Word converters, loaded at the first import: start-up pays for neither.
  if (params.format === 'html') return (await context.platform.wordReader()).htmlToRequirementText(params.text ?? '');
  const bytes = fromBase64(params.base64 ?? '');
  if (params.format === 'docx') {
    try {
      const reader = await context.platform.wordReader();
      return reader.htmlToRequirementText(await reader.wordToHtml(bytes));
    } catch {
      return { error: `${params.source} is not a Word document that can be read (.docx)` };
    }
  }
  const readPdf = context.platform.pdfTextRuns;
  if (!readPdf)
    return {
      error:
        `${params.source}: a PDF can be read only by VS Code on the desktop. Open its text in the browser, copy ` +
        'it, and choose "the clipboard" instead.',
    };
  try {
    return pdfPagesToText(await readPdf(bytes));
  } catch (error) {
    return { error: `${params.source} is not a PDF that can be read (${(error as Error).message})` };
  }
}

async function importWord(
  context: ServerContext,
  params: { base64: string; imageFolder: string; name: string; rubricId?: string },
): Promise<ImportWordResult> {
  const bytes = fromBase64(params.base64);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { error: `${params.name} is not a Word document (.docx); a .doc file must be saved as .docx first` };
  const { registry, settings } = context.workspace;
  let imported: WordImport;
  try {
    const { importWordDocument } = await context.platform.wordReader();
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    imported = await importWordDocument(data, {
      registry,
      rubricId: params.rubricId ?? null,
      imageFolder: params.imageFolder,
      identifyingTerms: settings.privacy.identifyingTerms,
    });
  } catch (error) {
    return { error: `${params.name}: cannot read it as a Word document (${(error as Error).message})` };
  }
  if (!imported.rubric) {
    const closest = imported.candidates.map((c) => `${c.id} (${c.matched} sections matched)`).join(', ');
    return { error: `no rubric matches the headings of ${params.name} well; the closest: ${closest}`, unmatched: true };
  }
  return {
    markdown: imported.markdown,
    rubric: { id: imported.rubric.id, title: imported.rubric.title },
    images: imported.images.map((image) => ({ path: image.path, base64: toBase64(image.bytes) })),
    sectionsFound: imported.sectionsFound,
    insertions: imported.insertions,
    deletions: imported.deletions,
    comments: imported.comments,
    notes: [
      ...imported.messages,
      ...imported.metadata.map((finding) => `${describeMetadataFinding(finding)} (not imported)`),
    ],
  };
}
