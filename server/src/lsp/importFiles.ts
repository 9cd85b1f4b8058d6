/**
 * The two imports the editor offers: a credential's requirements become a rubric file, and a Word
 * draft becomes a submission. The server reads and converts; the client picks the files and writes.
 */
import {
  BUILTIN_RUBRICS,
  importNotes,
  describeMetadataFinding,
  describeWordFileProblem,
  hasPasswordField,
  isCutPdf,
  loadRubricText,
  otherDocumentFormat,
  type Messages,
  messagesFor,
  draftCounts,
  rubricFileText,
  uncertainWhy,
  type WordImport,
  wordFileProblem,
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
      const messages = messagesFor(context.workspace.locale);
      const text = await requirementText(context, params, messages);
      if (typeof text !== 'string') return text;
      // An empty file, or a page or document with nothing to read, is told as such (not as "no Part found").
      if (!text.trim()) return { error: messages.t('view.import.noText', { source: params.source }) };
      const { readRequirements, slug } = await context.platform.importer();
      const draft = readRequirements(text);
      // A sign-in page saved instead of the requirements: its form is all it holds.
      if (params.format === 'html' && hasPasswordField(params.text ?? '') && !(draft && draftCounts(draft).rules > 0))
        return { error: messages.t('view.import.signIn', { source: params.source }) };
      if (!draft) return { error: messages.t('view.import.noRequirements', { source: params.source }) };
      const taken = (id: string) =>
        BUILTIN_RUBRICS.some((rubric) => rubric.id === id) || Boolean(context.workspace.registry.get(id));
      let id = params.id ?? slug(draft.rubric.title);
      if (!ID.test(id)) return { error: messages.t('view.import.badId', { id }) };
      if (BUILTIN_RUBRICS.some((rubric) => rubric.id === id) || (!params.id && taken(id)))
        for (let n = 2; taken(id); n++) id = `${params.id ?? slug(draft.rubric.title)}-${n}`;
      draft.rubric = { ...draft.rubric, id };
      const yaml = rubricFileText(draft, params.source, messages);
      const problem = loadRubricText(yaml).problems.find((p) => p.severity === 'error');
      if (problem)
        return {
          error: messages.t('view.import.invalidRubric', { source: params.source, problem: problem.message }),
        };
      const checks = draft.uncertain.map((doubt) => ({ line: doubt.line, why: uncertainWhy(doubt, messages) }));
      return { id, title: draft.rubric.title, yaml, ...draftCounts(draft), checks };
    }),
  );
  context.connection.onRequest(
    ImportWordRequest,
    context.guard('import Word document', (params) => importWord(context, params)),
  );
}

/** A file the Node server's reading thread gave up on (node/readerErrors.ts), said so; null for another error. */
const timedOut = (error: unknown, source: string, messages: Messages): { error: string } | null =>
  (error as Error).name === 'ReadTimedOut'
    ? { error: messages.t('view.import.timedOut', { source, seconds: (error as { seconds: number }).seconds }) }
    : null;

/** What to answer for an error: the message given, or the error itself, thrown again. */
function rethrown(answer: { error: string } | null, error: unknown): { error: string } {
  if (answer) return answer;
  throw error;
}

async function requirementText(
  context: ServerContext,
  params: { format: RequirementsFormat; text?: string; base64?: string; source: string },
  messages: Messages,
): Promise<string | { error: string }> {
  // Another word processor's document (by its name, or its content: an RTF copied as text) is not read.
  const other = otherDocumentFormat(params.source, params.text ?? fromBase64(params.base64 ?? ''));
  if (other) return { error: messages.t('view.import.otherDocument', { source: params.source, format: other }) };
  if (params.format === 'text') return params.text ?? '';
  // The HTML reader comes with the Word converters, loaded at the first import: start-up pays for neither.
  if (params.format === 'html')
    try {
      return await (await context.platform.wordReader()).htmlToRequirementText(params.text ?? '');
    } catch (error) {
      return rethrown(timedOut(error, params.source, messages), error);
    }
  const bytes = fromBase64(params.base64 ?? '');
  // An empty file (a download that never came) holds no text, whatever its name.
  if (bytes.length === 0) return '';
  if (params.format === 'docx') {
    // An older .doc, a password or a damaged file is told as such, before the converters are loaded.
    const problem = wordFileProblem(bytes);
    if (problem) return { error: describeWordFileProblem(problem, params.source, messages) };
    try {
      const reader = await context.platform.wordReader();
      return await reader.htmlToRequirementText(await reader.wordToHtml(bytes));
    } catch (error) {
      return (
        timedOut(error, params.source, messages) ?? {
          error: messages.t('view.import.notDocx', { source: params.source }),
        }
      );
    }
  }
  try {
    const { text, pages, damaged } = await context.platform.pdfText(bytes);
    if (damaged) return { error: messages.t('view.import.pdfDamaged', { source: params.source }) };
    // No text at all on pages that are there: a scanned copy, which holds only pictures.
    if (!text.trim() && pages > 0) return { error: messages.t('view.import.pdfNoText', { source: params.source }) };
    return text;
  } catch (error) {
    // pdf.js asks for the password of an encrypted file; none is given.
    if ((error as Error).name === 'PasswordException')
      return { error: messages.t('view.import.pdfPassword', { source: params.source }) };
    if (isCutPdf(bytes, error)) return { error: messages.t('view.import.pdfDamaged', { source: params.source }) };
    return (
      timedOut(error, params.source, messages) ?? {
        error: messages.t('view.import.notPdf', { source: params.source, detail: (error as Error).message }),
      }
    );
  }
}

async function importWord(
  context: ServerContext,
  params: { base64: string; imageFolder: string; name: string; rubricId?: string },
): Promise<ImportWordResult> {
  const messages = messagesFor(context.workspace.locale);
  const bytes = fromBase64(params.base64);
  const problem = wordFileProblem(bytes);
  if (problem) return { error: describeWordFileProblem(problem, params.name, messages) };
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
    return (
      timedOut(error, params.name, messages) ?? {
        error: messages.t('view.import.unreadableWord', { name: params.name, detail: (error as Error).message }),
      }
    );
  }
  if (!imported.rubric) {
    const closest = imported.candidates
      .map((c) => messages.t('view.import.candidate', { id: c.id, count: c.matched }))
      .join(', ');
    return { error: messages.t('view.import.noMatch', { name: params.name, closest }), unmatched: true };
  }
  return {
    markdown: imported.markdown,
    rubric: { id: imported.rubric.id, title: imported.rubric.title },
    images: imported.images.map((image) => ({ path: image.path, base64: toBase64(image.bytes) })),
    sectionsFound: imported.sectionsFound,
    insertions: imported.insertions,
    deletions: imported.deletions,
    comments: imported.comments,
    notes: importNotes(imported, messages),
    identifying: imported.metadata.map((finding) => describeMetadataFinding(finding, messages)),
  };
}
