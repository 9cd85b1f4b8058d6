/** One section of the draft: its rules read from its own lines, then from its rubric row. */
import type { RubricSection } from '../../rubric';
import { type SourceLine, sentences } from './lines';
import {
  callsCountsAGuide,
  limitsEachAnswer,
  limitsSeveralParts,
  limitsWholeSubmission,
  CHARACTER_LIMIT,
  PAGE_LIMIT,
  pointsIn,
  QUESTION_LABEL,
  timestampsIn,
  type WordFact,
  wordLimitIn,
} from './rules';
import { asksForList, asksStatementPerItem, bidsCount, itemsIn, statesBareCount, statesCount } from './items';
import {
  countsRecordings,
  laterRecordingLengths,
  photosIn,
  recordingCountIn,
  recordingIn,
  recordingTimeIn,
  unplacedRecordingTime,
} from './mediaRules';
import { levelRank } from './levels';
import { isOptional, onlyAllows } from './optional';
import { isOverallPassing, PASSING_ALONE, passingIn } from './passing';
import { ANONYMITY } from './privacy';

import type { Node } from './structure';
import type { RubricPath, Trace, Uncertain } from './trace';

export interface SectionContext {
  trace: Trace;
  /** Every count in the requirements is a guide. */
  allGuide: boolean;
  /** A Part's guide sentence reaches its sections. */
  guide: boolean;
  /** Id of each node, assigned before the rules are read. */
  ids: Map<Node, string>;
  /** Every node in document order, to resolve "on your plan". */
  all: Node[];
  /** "To earn this micro-credential, you must…" found inside a section: the rubric's passing statement. */
  overallPassing?: { text: string; line: SourceLine };
}

/** A line holding only a limit: "(350-450 words)", "(límite de 300 palabras)". */
const LIMIT_ONLY = /^\(?[\d\s\-–—to,]*(?:words?|minutes?)\)?\.?$/i;
const isLimitOnly = (text: string) =>
  LIMIT_ONLY.test(text) || (/^\(.*\)\.?$/.test(text) && (wordLimitIn(text) !== null || recordingIn(text) !== null));

interface Draft {
  words?: WordFact;
  items?: { min: number; noun: string };
  statements?: { minWords: number };
  minPoints?: number;
  recordings?: Record<string, number | boolean>;
  photos?: Record<string, number | boolean>;
  timestamps?: { min: number; alsoIn?: string[] };
  prompt: string[];
  questions: string[];
  /** "Passing Criteria:" stood alone on the line above. */
  passingBelow?: boolean;
  /** The last question's list item: one indented deeper is a point of that question. */
  question?: { indent: number; marker?: string };
  passing?: string;
  /** A line asks for the media (true), or every line that names it only allows it ("You may submit …"). */
  mediaMust?: boolean;
}

const mediaAsked = (draft: Draft, text: string) => {
  draft.mediaMust = Boolean(draft.mediaMust) || !onlyAllows(text);
};

export function buildSection(node: Node, path: RubricPath, ctx: SectionContext): RubricSection {
  const { trace } = ctx;
  const draft: Draft = { prompt: [], questions: [] };
  const own = [...(node.titleLine && !node.fromBullet ? [node.titleLine] : []), ...node.body];
  const guide = ctx.allGuide || ctx.guide || own.some((line) => callsCountsAGuide(line.text));
  for (const line of own) readLine(line, line === node.titleLine && !node.fromBullet, draft, path, ctx);
  for (const line of node.scoringNotes) {
    const passing = passingIn(line.text);
    if (passing && isOverallPassing(passing)) ctx.overallPassing ??= { text: passing, line };
    else if (passing && !draft.passing) {
      draft.passing = passing;
      trace.note([...path, 'passing'], line);
    }
  }
  if (draft.words && guide) draft.words.limit = 'guide';
  const criteria = readRows(node, draft, path, ctx);
  const hasMedia = Boolean(draft.recordings || draft.photos);
  if (hasMedia && draft.minPoints !== undefined && !criteria.pointsFromTable) {
    delete draft.minPoints;
    trace.forget([...path, 'minPoints']);
  }
  const section = assemble(node, ctx.ids.get(node) ?? '', draft, criteria.list);
  if (isOptional(node, path, ctx.trace)) section.required = false;
  return section;
}

function readLine(line: SourceLine, isTitle: boolean, draft: Draft, path: RubricPath, ctx: SectionContext): void {
  const { trace } = ctx;
  const text = line.text;
  readWordLimit(line, draft, path, trace);
  const page = PAGE_LIMIT.exec(text);
  if (page) trace.check(path, line, 'import.check.pageLimit', { limit: page[0] });
  const characters = CHARACTER_LIMIT.exec(text);
  if (characters) trace.check(path, line, 'import.check.characterLimit', { limit: characters[0] });
  const countsPhotos = readMedia(line, draft, path, ctx);
  const time = unplacedRecordingTime(text);
  if (time) trace.check([...path, 'media'], line, 'import.check.unplacedLength', { length: time });
  const task = isTask(line);
  const asks = (!line.bullet || task) && !text.includes('?') && !countsPhotos;
  const items = asks && asksForList(text) && !countsRecordings(text) ? itemsIn(text) : null;
  const counts = statesCount(text) || (asksForList(text) && statesBareCount(text)) || statesBareCount(text, true);
  // "Passing: … in at least two students" says what passes, not what the section lists.
  // (A number of recordings is marked as one by readMedia; "- Upload five exit tickets" bids a count too.)
  const bids = !photosIn(text) && bidsCount(text, Boolean(line.bullet));
  const stamped = timestampsIn(text)?.min;
  if (
    !items &&
    ((asks && counts) || bids) &&
    !passingIn(text) &&
    !PASSING_ALONE.test(text) &&
    !recordingCountIn(text) &&
    !stamped
  )
    trace.check(path, line, 'import.check.unplacedCount');
  if (items && !draft.items) {
    const { most, ...fact } = items;
    draft.items = fact;
    trace.note([...path, 'items'], line);
    if (most !== undefined)
      trace.check([...path, 'items'], line, 'import.check.itemsAtMost', {
        min: String(fact.min),
        max: String(most),
        noun: fact.noun,
      });
    if (asksStatementPerItem(text)) {
      draft.statements = { minWords: 6 };
      trace.note([...path, 'statements'], line);
    }
  }
  const points = pointsIn(text);
  if (points !== null && draft.minPoints === undefined && !timestampsIn(text)) {
    draft.minPoints = points;
    trace.note([...path, 'minPoints'], line);
  }
  if (isTitle) return;
  if (PASSING_ALONE.test(text)) {
    draft.passingBelow = true;
    return;
  }
  const passing = draft.passingBelow && !line.bullet ? text : passingIn(text);
  draft.passingBelow = false;
  if (passing && isOverallPassing(passing)) {
    ctx.overallPassing ??= { text: passing, line };
    return;
  }
  if (passing) {
    draft.passing ??= passing;
    trace.note([...path, 'passing'], line);
    return;
  }
  const keep = text.replace(ANONYMITY, '').trim();
  if (!keep || isLimitOnly(keep)) return;
  if (!line.bullet || task) draft.question = undefined;
  // "1. What did you learn?" / "   - Consider the survey." or "   a. Which …?": a point of the question above,
  // no question of its own; a question indented under one with the same marker is a question still.
  const deeper = draft.question !== undefined && (line.indent ?? 0) > draft.question.indent;
  const nested = line.bullet && deeper && (!keep.includes('?') || line.marker !== draft.question?.marker);
  if (nested) draft.questions[draft.questions.length - 1] += ` ${keep}`;
  else if (QUESTION_LABEL.test(keep) || (!line.bullet && !task && LONE_QUESTION.test(keep))) draft.questions.push(keep);
  else if (line.bullet && !task && !(/:$/.test(keep) && !keep.includes('?') && draft.prompt.length === 0)) {
    draft.questions.push(keep);
    draft.question = { indent: line.indent ?? 0, marker: line.marker };
  } else if (!(/:$/.test(keep) && keep.split(' ').length <= 6 && draft.prompt.length > 0))
    promptLine(keep, line, draft);
}

/** Text of the section's prompt; "Reflect on it in 200-300 words. What would you change?": its question is one. */
function promptLine(keep: string, line: SourceLine, draft: Draft): void {
  draft.prompt.push(keep);
  const last = sentences(keep).at(-1) ?? '';
  if (!line.bullet && last !== keep && LONE_QUESTION.test(last)) draft.questions.push(last);
}

/** "What changed in how your students explain their thinking?": one sentence, a question, on its own line. */
const LONE_QUESTION = /^[¿\p{Lu}][^.!:;?]*\?$/u;

/** The line's word limit: the section's, a second one to check, or one no section rule holds (marked to check). */
function readWordLimit(line: SourceLine, draft: Draft, path: RubricPath, trace: Trace): void {
  const text = line.text;
  const limits = wordLimitIn(text);
  const countsWords = limits !== null || /\b\d+[\s-]*(?:words?|palabras)\b/i.test(text);
  if (countsWords && limitsEachAnswer(text)) trace.check([...path, 'words'], line, 'import.check.limitPerAnswer');
  else if (limits && limitsSeveralParts(text))
    trace.check([...path, 'words'], line, 'import.check.limitForSeveralParts', { limit: describe(limits) });
  else if (limits && limitsWholeSubmission(text))
    trace.check([...path, 'words'], line, 'import.check.limitForWholeSubmission', { limit: describe(limits) });
  else if (limits) {
    // A second limit may restate the first ("must not exceed 400 words" after "300 to 400 words"): the same rule.
    if (!draft.words) {
      draft.words = limits;
      trace.note([...path, 'words'], line);
    } else if (differs(limits, draft.words))
      trace.check([...path, 'words'], line, 'import.check.secondLimit', { limit: describe(limits) });
  } else if (/\b\d+[\s-]*words?\b/i.test(text)) trace.check([...path, 'words'], line, 'import.check.unplacedWords');
}

/**
 * A lettered item that asks to hand something in ("a) Submit a lesson plan…", "b) List at least three…"): a
 * task of the section, whose counts are read, not a question to answer in the text. (A bulleted "- Upload a
 * video…" among guiding questions stays one of them, as the published rubrics count it.)
 */
const HAND_IN = /^(?:submit|upload|attach|include|provide|list|record|film|add|share)\b/i;
const isTask = (line: SourceLine) =>
  line.bullet && line.marker === 'a' && HAND_IN.test(line.text) && !line.text.includes('?');

/** Reads the line's media rules; true when it counts photos (a count that is then no count of list items). */
function readMedia(line: SourceLine, draft: Draft, path: RubricPath, ctx: SectionContext): boolean {
  const { trace } = ctx;
  const recording = recordingIn(line.text);
  const recordings = [...path, 'media', 'recordings'];
  const known = draft.recordings ?? {};
  const clash = recording && Object.entries(recording).find(([key, v]) => key in known && known[key as never] !== v);
  if (clash) trace.check(recordings, line, 'import.check.secondLength', { length: recordingTimeIn(line.text) ?? '' });
  else if (recording) {
    draft.recordings = { ...known, ...recording };
    mediaAsked(draft, line.text);
    trace.note(recordings, line);
  }
  for (const length of laterRecordingLengths(line.text))
    trace.check(recordings, line, 'import.check.secondLength', { length });
  const count = recordingCountIn(line.text);
  if (count) trace.check(recordings, line, 'import.check.recordingCount', { count });
  const { least, ...photos } = photosIn(line.text) ?? {};
  if (least !== undefined || Object.keys(photos).length > 0) {
    draft.photos = { ...photos, ...draft.photos };
    mediaAsked(draft, line.text);
    trace.note([...path, 'media', 'photos'], line);
  }
  const why = photos.max === undefined ? 'import.check.photosAtLeast' : 'import.check.photosAtLeastAtMost';
  const params = { least: String(least), ...(photos.max === undefined ? {} : { max: String(photos.max) }) };
  // A rubric cell restating the count raises no second doubt.
  const at = [...path, 'media', 'photos'];
  const same = (u: Uncertain) =>
    u.reason.key === why && JSON.stringify(u.reason.params) === JSON.stringify(params) && `${u.path}` === `${at}`;
  // "At least one photo", "1–3 photos": a section that must hold photos asks that much; nothing to check.
  const counts = least !== undefined && least > 1;
  if (counts && !trace.uncertain.some(same)) trace.check(at, line, why, params);
  const stamps = timestampsIn(line.text);
  if (stamps) {
    const plan = stamps.onPlan
      ? ctx.all.find(
          (other) => other.kind === 'section' && /\bplan\b/i.test(other.title) && ctx.ids.get(other) !== path.at(-1),
        )
      : undefined;
    const min = stamps.min ?? pointsIn(line.text);
    // "… each with a timestamp" in a rubric cell, once the section's text said how many: nothing to check.
    if (min === null) {
      if (!draft.timestamps) trace.check([...path, 'timestamps'], line, 'import.check.timestampsHowMany');
    } else {
      draft.timestamps = { min, ...(plan ? { alsoIn: [ctx.ids.get(plan) ?? ''] } : {}) };
      trace.note([...path, 'timestamps'], line);
    }
  }
  return least !== undefined;
}

/**
 * The rubric rows of the section: its criteria (the rows of one section, each a criterion of its own,
 * joined per level), and the rules only the top level's cells state. A number in a lower level's cell
 * ("fewer than 50 words" under Developing) says what falls short, not what is asked.
 */
function readRows(node: Node, draft: Draft, path: RubricPath, ctx: SectionContext) {
  const list: { level: string; text: string }[] = [];
  let pointsFromTable = false;
  for (const row of node.rows) {
    // A cell of only its points ("3 pts", when a row's ratings come apart from their text) says no criterion.
    const said = row.cells.filter((cell) => cell.text.trim() !== '');
    for (const cell of said) {
      const same = list.find((c) => c.level === cell.level);
      if (!same) list.push({ level: cell.level, text: cell.text });
      else if (!same.text.includes(cell.text)) same.text = `${same.text} ${cell.text}`;
    }
    if (said.length > 0 && !ctx.trace.provenance.some((p) => `${p.path}` === `${[...path, 'criteria']}`))
      ctx.trace.note([...path, 'criteria'], said[0].line);
    const top = topCell(row.cells);
    if (!top) continue;
    const limits = wordLimitIn(top.text);
    if (limits && !draft.words) {
      draft.words = limits;
      ctx.trace.note([...path, 'words'], top.line);
    } else if (limits && draft.words && differs(limits, draft.words))
      // "it stays under 300 words" in the rubric, where the text asked for about 250: which one holds?
      ctx.trace.check([...path, 'words'], top.line, 'import.check.secondLimit', { limit: describe(limits) });
    const points = pointsIn(top.text);
    if (points !== null && draft.minPoints === undefined && !draft.recordings && !draft.photos) {
      draft.minPoints = points;
      pointsFromTable = true;
      ctx.trace.note([...path, 'minPoints'], top.line);
    }
    readMedia({ ...top.line, text: top.text }, draft, path, ctx);
  }
  return { list, pointsFromTable };
}

/** The cell of the row's highest level: by the levels' scores, else their known ranks, else the first column. */
function topCell<Cell extends { level: string; score?: number }>(cells: readonly Cell[]): Cell | undefined {
  if (cells.length > 0 && cells.every((cell) => cell.score !== undefined))
    return cells.reduce((best, next) => ((next.score ?? 0) > (best.score ?? 0) ? next : best));
  const ranked = cells.map((cell) => ({ cell, rank: levelRank(cell.level) }));
  if (ranked.some(({ rank }) => rank === null)) return cells[0];
  return ranked.reduce((best, next) => ((next.rank ?? 0) > (best.rank ?? 0) ? next : best), ranked[0])?.cell;
}

/** A second limit that is not the first restated: a bound it gives differs from the first's. */
const differs = (second: WordFact, first: WordFact) =>
  (second.max !== undefined && second.max !== first.max) || (second.min !== undefined && second.min !== first.min);

export const describe = (w: WordFact) => [w.min, w.max].filter((n) => n !== undefined).join('-');

function assemble(node: Node, id: string, draft: Draft, criteria: { level: string; text: string }[]): RubricSection {
  const section: RubricSection = { id, title: node.title };
  const aliases = [...new Set(node.aliases)].filter((alias) => alias && alias !== node.title);
  if (aliases.length) section.aliases = aliases;
  if (draft.words) section.words = draft.words;
  if (draft.items) section.items = draft.items;
  if (draft.statements) section.statements = draft.statements;
  if (draft.minPoints !== undefined) section.minPoints = draft.minPoints;
  if (draft.recordings || draft.photos) {
    section.media = {};
    if (draft.recordings) section.media.recordings = draft.recordings;
    if (draft.photos) section.media.photos = draft.photos;
    if (!draft.recordings?.replacesWords && draft.mediaMust !== false) section.media.required = true;
  }
  if (draft.timestamps) section.timestamps = draft.timestamps;
  if (draft.prompt.length) section.prompt = draft.prompt.join(' ');
  if (draft.questions.length) section.questions = draft.questions;
  if (criteria.length) section.criteria = criteria;
  if (draft.passing) section.passing = draft.passing;
  return section;
}
