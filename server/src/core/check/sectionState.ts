/**
 * Each section's state as every view shows it (status bar, checklist, code lens, hover, CLI):
 * computed once, here, after suppressions, so no two views can disagree about a section.
 */
import type { BlockIndex } from '../document';
import { ENGLISH, type MessageKey, type Messages } from '../messages';
import { formatWordLimit, isRequired } from '../rubric';
import { formatDuration, type Position } from '../text';
import type { Diagnostic } from './diagnostic';
import { type Requirement, requirementsOf } from './requirements';
import type { SectionResult, SectionStatus } from './sections';

/** How a section stands: `error` or `warning` when a diagnostic of that severity is left after suppressions. */
export type Tone = 'ok' | 'warning' | 'error';

export interface SectionState {
  id: string;
  title: string;
  /** 0 for a Part, 1 for its subsections. */
  depth: number;
  found: boolean;
  required: boolean;
  status: SectionStatus;
  /** The status as the views write it, labelled as words: "words ok", "words over the limit: accepted by you". */
  statusText: string;
  words: number | null;
  min: number | null;
  max: number | null;
  limit: 'hard' | 'guide' | null;
  /** The word limit as written beside a count: "300", "350–450", "150+", or "" when there is none. */
  limitText: string;
  items: number | null;
  itemsMin: number | null;
  itemNoun: string | null;
  recordings: number;
  photos: number;
  /** "212 / 350–450 words", as the code lens shows it. */
  summary: string;
  tone: Tone;
  /** The worst tone of it and its subsections that count (required or written): what a Part's icon shows. */
  worstTone: Tone;
  /** Found, with no error or warning left after suppressions, in it or in its subsections. */
  ready: boolean;
  /** Errors and warnings about it, counting those in its own text that name no section (identifying text). */
  errors: number;
  warnings: number;
  /** Errors and warnings about it that the writer silenced: accepted, not met. */
  accepted: number;
  /** How it stands, in words every view shows: "ready", "ready, 1 problem accepted by you", "not ready", "missing". */
  verdict: string;
  /** What the rubric asks of it, each requirement met or not. */
  requirements: Requirement[];
}

/** How many of a submission's sections are ready, and its problems. */
export interface Readiness {
  /** Every section that is required or found is ready, and no error or warning is left anywhere. */
  ready: boolean;
  readySections: number;
  /** The required sections and the optional ones that are found. */
  sections: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Errors and warnings the writer silenced: accepted, not met. */
  accepted: number;
}

export function sectionStates(
  sections: readonly SectionResult[],
  diagnostics: readonly Diagnostic[],
  blockIndex: BlockIndex,
  accepted: readonly Diagnostic[],
  messages: Messages = ENGLISH,
): SectionState[] {
  const inText = unsectionedBySection(sections, diagnostics, blockIndex);
  const acceptedInText = unsectionedBySection(sections, accepted, blockIndex);
  const states = sections.map((result): SectionState => {
    const section = result.flat.section;
    const concerning = [...diagnosticsAbout(sections, diagnostics, result), ...(inText.get(result) ?? [])];
    const acceptedHere = [...diagnosticsAbout(sections, accepted, result), ...(acceptedInText.get(result) ?? [])];
    const errors = concerning.filter((d) => d.severity === 'error').length;
    const warnings = concerning.filter((d) => d.severity === 'warning').length;
    const acceptedProblems = acceptedHere.filter((d) => d.severity !== 'information');
    const found = result.heading !== null;
    return {
      id: result.id,
      title: result.title,
      depth: result.flat.depth,
      found,
      required: isRequired(section),
      status: result.status,
      statusText: statusTextOf(result.status, acceptedHere, messages),
      words: result.words,
      min: section.words?.min ?? null,
      max: section.words?.max ?? null,
      limit: section.words?.limit ?? null,
      limitText: formatWordLimit(section.words),
      items: result.items,
      itemsMin: section.items?.min ?? null,
      itemNoun: section.items?.noun ?? null,
      recordings: result.recordings.length,
      photos: result.photos.length,
      summary: summaryLine(result, acceptedHere, messages),
      tone: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok',
      worstTone: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok',
      ready: found && errors === 0 && warnings === 0,
      errors,
      warnings,
      accepted: acceptedProblems.length,
      verdict: '',
      requirements: requirementsOf(result, concerning, acceptedHere, messages),
    };
  });
  // A Part is ready when its subsections are: subsections come after their Part, so go backwards.
  for (let i = sections.length - 1; i >= 0; i--) {
    const parent = sections[i].flat.parent;
    if (!parent || !counts(states[i])) continue;
    const part = states[parent.index];
    if (!states[i].ready) part.ready = false;
    if (TONE_RANK[states[i].worstTone] > TONE_RANK[part.worstTone]) part.worstTone = states[i].worstTone;
  }
  for (const state of states) state.verdict = verdictOf(state, messages);
  return states;
}

const TONE_RANK: Record<Tone, number> = { ok: 0, warning: 1, error: 2 };

const STATUS_TEXT: Record<SectionStatus, MessageKey> = {
  ok: 'view.status.ok',
  missing: 'view.status.missing',
  empty: 'view.status.empty',
  under: 'view.status.under',
  over: 'view.status.over',
};

const WORD_CODES: readonly string[] = ['word-limit-exceeded', 'word-count-below-minimum'];

function statusTextOf(status: SectionStatus, accepted: readonly Diagnostic[], messages: Messages): string {
  if (accepted.some((d) => WORD_CODES.includes(d.code))) {
    if (status === 'over') return messages.t('view.status.overAccepted');
    if (status === 'under') return messages.t('view.status.underAccepted');
  }
  return messages.t(STATUS_TEXT[status]);
}

function verdictOf(state: SectionState, messages: Messages): string {
  if (!state.found && !state.required) return messages.t('view.verdict.optional');
  if (!state.ready) return messages.t('view.verdict.notReady');
  if (state.accepted === 0) return messages.t('view.verdict.ready');
  return messages.t('view.verdict.readyAccepted', { count: state.accepted });
}

const counts = (state: SectionState) => state.required || state.found;

export function readiness(
  states: readonly SectionState[],
  diagnostics: readonly Diagnostic[],
  accepted: readonly Diagnostic[],
): Readiness {
  const counted = states.filter(counts);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const readySections = counted.filter((state) => state.ready).length;
  return {
    ready: counted.length > 0 && readySections === counted.length && errors + warnings === 0,
    readySections,
    sections: counted.length,
    errors,
    warnings,
    notes: diagnostics.length - errors - warnings,
    accepted: accepted.filter((d) => d.severity !== 'information').length,
  };
}

/**
 * Each diagnostic once, under the section it is about or, when it names none (identifying text),
 * the innermost found section whose text holds it; under null when no section holds it.
 */
export function diagnosticsBySection(
  sections: readonly SectionResult[],
  diagnostics: readonly Diagnostic[],
  blockIndex: BlockIndex,
): Map<string | null, Diagnostic[]> {
  const holder = new Map<Diagnostic, string>();
  for (const [result, list] of unsectionedBySection(sections, diagnostics, blockIndex))
    for (const diagnostic of list) holder.set(diagnostic, result.id);
  const ids = new Set(sections.map((result) => result.id));
  const grouped = new Map<string | null, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const named = diagnostic.section !== null && ids.has(diagnostic.section) ? diagnostic.section : null;
    const key = named ?? holder.get(diagnostic) ?? null;
    grouped.set(key, [...(grouped.get(key) ?? []), diagnostic]);
  }
  return grouped;
}

/** Diagnostics that name no section (identifying text), given to the innermost found section whose text holds them. */
function unsectionedBySection(
  sections: readonly SectionResult[],
  diagnostics: readonly Diagnostic[],
  blockIndex: BlockIndex,
): Map<SectionResult, Diagnostic[]> {
  const byResult = new Map<SectionResult, Diagnostic[]>();
  const unsectioned = diagnostics.filter((d) => d.section === null);
  if (unsectioned.length === 0) return byResult;
  const spans = sections
    .filter((result) => result.heading !== null)
    .map((result) => ({
      result,
      from: blockIndex.position(result.heading!.start),
      to: blockIndex.position(result.end),
    }))
    .sort((a, b) => before(b.from, a.from));
  for (const diagnostic of unsectioned) {
    const at = diagnostic.range.start;
    const span = spans.find(({ from, to }) => before(at, from) >= 0 && before(at, to) < 0);
    if (!span) continue;
    const held = byResult.get(span.result);
    if (held) held.push(diagnostic);
    else byResult.set(span.result, [diagnostic]);
  }
  return byResult;
}

/** Negative when a comes before b, 0 when equal. */
const before = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

/**
 * The diagnostics about a section: its own, and for a section missing with its whole Part, the
 * Part's `missing-section` (one diagnostic stands for the Part and all its sections).
 */
function diagnosticsAbout(
  sections: readonly SectionResult[],
  diagnostics: readonly Diagnostic[],
  result: SectionResult,
): Diagnostic[] {
  const own = diagnostics.filter((d) => d.section === result.id);
  const parent = result.flat.parent ? sections[result.flat.parent.index] : null;
  if (result.heading || !parent || parent.heading) return own;
  return [...own, ...diagnostics.filter((d) => d.section === parent.id && d.code === 'missing-section')];
}

/** Where the recordings' length came from, when the files gave some of it. */
function recordingsKey(result: SectionResult): MessageKey {
  const fromFiles = result.recordings.filter((r) => r.fromFile).length;
  if (fromFiles === 0) return 'view.summary.recordingsTimed';
  if (fromFiles < result.recordings.filter((r) => r.seconds !== null).length)
    return 'view.summary.recordingsPartlyFromFiles';
  return fromFiles === 1 ? 'view.summary.recordingsFromFile' : 'view.summary.recordingsFromFiles';
}

/** "212 / 350–450 words", "342 / 300 words — 42 over", "4 / 5 stakeholders", "2 recordings, 8:10". */
function summaryLine(result: SectionResult, accepted: readonly Diagnostic[], messages: Messages): string {
  const section = result.flat.section;
  if (!result.heading) return messages.t('view.summary.missing');
  const parts: string[] = [];
  const words = result.words ?? 0;
  const limits = section.words;
  if (result.judgedByRecording) parts.push(messages.t('view.summary.judgedByRecording'));
  else if (limits && (limits.max !== undefined || limits.min !== undefined)) {
    const acceptedWords = accepted.some((d) => WORD_CODES.includes(d.code));
    const params = { words, limit: formatWordLimit(limits) };
    if (limits.max !== undefined && words > limits.max) {
      const key = acceptedWords ? 'view.summary.wordsOverAccepted' : 'view.summary.wordsOver';
      parts.push(messages.t(key, { ...params, count: words - limits.max }));
    } else if (limits.min !== undefined && words > 0 && words < limits.min) {
      const key = acceptedWords ? 'view.summary.wordsShortAccepted' : 'view.summary.wordsShort';
      parts.push(messages.t(key, { ...params, count: limits.min - words }));
    } else parts.push(messages.t('view.summary.words', params));
  } else parts.push(messages.t('view.words', { count: words }));
  if (section.items && result.items !== null)
    parts.push(
      messages.t('view.summary.items', { count: result.items, min: section.items.min, noun: section.items.noun }),
    );
  if (result.recordings.length > 0) {
    const total = result.recordings.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
    const count = result.recordings.length;
    parts.push(
      total > 0
        ? messages.t(recordingsKey(result), { count, duration: formatDuration(total) })
        : messages.t('view.summary.recordings', { count }),
    );
  }
  if (result.photos.length > 0) parts.push(messages.t('view.summary.photos', { count: result.photos.length }));
  return parts.join(' · ');
}
