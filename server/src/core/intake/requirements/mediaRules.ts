/**
 * The media rules one line of requirement text states: a recording's length or all recordings' total,
 * a photo limit and captions; in English or Spanish ("un video de 2 a 4 minutos", "no más de 20 fotos").
 */
import { sentences } from './lines';
import { AT_LEAST_AT_MOST, DASH, N, re, value, wordLimitIn } from './rules';

export interface RecordingFact {
  minSeconds?: number;
  maxSeconds?: number;
  totalMaxSeconds?: number;
  replacesWords?: boolean;
}

const UNIT = '[\\s-]*(min(?:ute|uto)?s?|sec(?:ond)?s?|seg(?:undo)?s?)\\b';
/** "5-8 minutes", "a 4- to 7-minute video" (the first number's hyphen left hanging). */
const TIME_RANGE = re(`\\b${N}(?:-(?=\\s))?${DASH}${N}${UNIT}`);
/** "between 90 seconds and 3 minutes": a range whose ends each carry their unit. */
const UNITS_RANGE = re(`\\b${N}${UNIT}${DASH}${N}${UNIT}`);
const TIME_MAX = re(
  '\\b(?:no more than|no longer than|not (?:to )?exceed|up to|at most|maximum(?: total)?(?: length)?:?|max\\.?:?|' +
    'under|not (?:be )?(?:longer|more) than|shorter than|total (?:length|time) of|total of|limited to|' +
    `no más de|no mas de|hasta|como máximo|un máximo de|máximo de|(?<!\\bno )menos de|` +
    `duración máxima de|un total de|limitad[oa] a)\\s*(?:of\\s+)?${N}${UNIT}`,
);
const TIME_SINGLE = re(`\\b${N}${UNIT}`);
const TIME_OR_LESS = re(`\\b${N}${UNIT}\\.?\\s+(?:or (?:less|fewer|shorter|under)|max(?:imum)?|o menos)(?![\\w])`);
const RECORDING = new RegExp(
  '\\b(?:videos?|audios?|record\\w*|film\\w*|screencasts?|clips?|podcasts?|presentations?|length|' +
    'vídeos?|grabaci[oó]n|grabaciones|grab(?:e|ar|en)|duración)(?![\\w])',
  'i',
);
const seconds = (n: string, unit: string) => value(n) * (/^s/i.test(unit) ? 1 : 60);

/** "3:00", "4:30 minutes": a length as a clock shows it; a line with a time of day ("8:00 a.m.") keeps its own. */
const CLOCK_RANGE =
  /\b(\d{1,2}):([0-5]\d)(\s*(?:-|–|—|to|and|a|y)\s*)(\d{1,2}):([0-5]\d)(?:\s*(?:minutes?|mins?|minutos?))?/gi;
const CLOCK = /\b(\d{1,2}):([0-5]\d)\b(?:\s*(?:minutes?|mins?|minutos?))?/gi;
const inSeconds = (m: string, s: string) => Number(m) * 60 + Number(s);
/** The line with its clock lengths in seconds ("between 3:00 and 5:00" is "between 180 and 300 seconds"). */
const clockless = (text: string) =>
  /\b[ap]\.?m\b\.?/i.test(text)
    ? text
    : text
        .replace(CLOCK_RANGE, (_, m1, s1, dash, m2, s2) => `${inSeconds(m1, s1)}${dash}${inSeconds(m2, s2)} seconds`)
        .replace(CLOCK, (_, m, s) => `${inSeconds(m, s)} seconds`);

/**
 * "Upload a video of your lesson", "Grabe un video de …": a recording asked for with no length, so the section
 * must hold one. Not "may", "optional", nor one of a choice ("a video or photos").
 */
const ASKS_RECORDING = new RegExp(
  '^(?:please |you must |also )?(?:upload|submit|record|film|include|attach|provide|share|suba|grabe|incluya|' +
    'adjunte|envíe|comparta)\\s+(?:(?:a|an|one|your|una?|su)\\s+)?(?:short\\s+|brief\\s+)?' +
    '(?:video(?: recording)?|audio recording|screencast|vídeo|grabación(?: de (?:audio|video))?)(?![\\w])',
  'i',
);
const asksRecording = (text: string) =>
  sentences(text).some(
    (sentence) => ASKS_RECORDING.test(sentence) && !MAY_OR_NOT.test(sentence) && !/\s(?:or|o)\s/i.test(sentence),
  );

/** A recording's length, or all recordings' total, as a line states it. */
export function recordingIn(written: string): RecordingFact | null {
  const text = clockless(written);
  if (!RECORDING.test(text)) return null;
  const total = /\b(?:total(?:ing|ling|s)?|in total|combined|en total)\b/i.test(text);
  // "2 minutes and 30 seconds" is one length, not a range from the longer to the shorter.
  const units = UNITS_RANGE.exec(text);
  const rising = units && seconds(units[1], units[2]) < seconds(units[3], units[4]);
  const range = rising ? [units[0], units[1], units[3], units[4], units[2]] : TIME_RANGE.exec(text);
  if (range && !total) {
    const fact: RecordingFact = {
      minSeconds: seconds(range[1], range[4] ?? range[3]),
      maxSeconds: seconds(range[2], range[3]),
    };
    if (replacesWords(text)) fact.replacesWords = true;
    return fact;
  }
  const max =
    TIME_MAX.exec(text) ??
    TIME_OR_LESS.exec(text) ??
    (/\b(?:long|length|maximum|duración|máxim[oa])(?![\w])/i.test(text) ? TIME_SINGLE.exec(text) : null);
  if (!max) return asksRecording(text) ? {} : null;
  const limit = seconds(max[1], max[2]);
  if (total) return eachAndTotal(text) ?? { totalMaxSeconds: limit };
  return { maxSeconds: limit, ...(replacesWords(text) ? { replacesWords: true } : {}) };
}

/**
 * "each under 90 seconds and no more than 5 minutes in total": the most for each recording and for all of them, on
 * one line; the total is the length "total" or "combined" follows or names.
 */
function eachAndTotal(text: string): RecordingFact | null {
  const maxes = [...text.matchAll(new RegExp(TIME_MAX.source, 'gi'))];
  const isTotal = (m: RegExpExecArray) =>
    /total/i.test(m[0]) || /^\s*(?:in total|total|combined|en total)\b/i.test(text.slice((m.index ?? 0) + m[0].length));
  const all = maxes.find(isTotal);
  const each = maxes.find((m) => !isTotal(m));
  return all && each ? { maxSeconds: seconds(each[1], each[2]), totalMaxSeconds: seconds(all[1], all[2]) } : null;
}

/** "2-3 minutes each", "each no longer than 5 minutes": a length of each of several recordings. */
const EACH_LENGTH = re(
  `\\b(?:min(?:ute|uto)?s?|sec(?:ond)?s?|seg(?:undo)?s?)\\s+(?:each|apiece|cada un[oa])\\b|` +
    `\\b(?:each|cada un[oa])\\b[^.,;]{0,30}\\b${N}${UNIT}`,
);
/** "Record interviews with at least three students, 2-3 minutes each": the count is of recordings, no list. */
export const countsRecordings = (text: string) => recordingIn(text) !== null && EACH_LENGTH.test(text);

/** "a 500-word reflection or a 7–10 minute recording": words, or a recording in their place. */
/** ("audio or video" offers two kinds of recording, not a recording in the words' place.) */
const OR = '\\s(?:or|o)\\s+(?!(?:audio|video|vídeo)\\b)';
const OR_BETWEEN = new RegExp(
  `\\b(?:words?|palabras)\\b[^.;]*${OR}[^.;]*\\b(?:min(?:ute|uto)?s?|sec(?:ond)?s?)\\b|` +
    `\\b(?:min(?:ute|uto)?s?|sec(?:ond)?s?)\\b[^.;]*${OR}[^.;]*\\b(?:words?|palabras)\\b`,
  'i',
);
const replacesWords = (text: string) => wordLimitIn(text) !== null && OR_BETWEEN.test(text);

const TIME_EXPRESSION = new RegExp(`\\b${N}(?:(?:-(?=\\s))?${DASH}${N})?${UNIT}`, 'gi');

/**
 * The lengths a line gives after its first ("a 3–5 minute video … and a 1–2 minute video"): one
 * section holds one length, so these are doubts. "2 minutes and 30 seconds" is one length.
 */
export function laterRecordingLengths(written: string): string[] {
  const text = clockless(written);
  if (!RECORDING.test(text) || eachAndTotal(text)) return [];
  const lengths: { text: string; end: number }[] = [];
  for (const match of text.matchAll(TIME_EXPRESSION)) {
    const last = lengths.at(-1);
    const index = match.index ?? 0;
    if (last && /^\s*(?:,|and|y|to|a|-|–)?\s*$/i.test(text.slice(last.end, index))) {
      last.text += text.slice(last.end, index + match[0].length);
      last.end = index + match[0].length;
    } else lengths.push({ text: match[0], end: index + match[0].length });
  }
  return lengths.slice(1).map((length) => length.text.trim());
}

const RECORDING_COUNT = re(
  // ("two or more short clips", "dos o más grabaciones")
  `\\b${N}\\s+(?:(?:or more|o más)\\s+)?` +
    '(?:(?:short|separate|different|distinct|brief|cortos|distintos|diferentes)\\s+)?' +
    '(?:(?:audio|video)\\s+)?(?:videos|vídeos|recordings|clips|grabaciones)(?![\\w])',
);

/** The first length the line gives, as written. */
export const recordingTimeIn = (text: string): string | null => text.match(TIME_EXPRESSION)?.[0] ?? null;

/** "Submit two videos": a number of recordings, which no rubric rule holds. */
export function recordingCountIn(text: string): string | null {
  const count = RECORDING_COUNT.exec(text);
  return count && value(count[1]) >= 2 ? count[0] : null;
}

/** A length beside a recording that no pattern above places ("a 10-minute video"): a doubt, not a rule. */
export const unplacedRecordingTime = (text: string) =>
  RECORDING.test(text) && recordingIn(text) === null ? (TIME_SINGLE.exec(text)?.[0] ?? null) : null;

export interface PhotoFact {
  max?: number;
  captions?: boolean;
  /** The fewest photos asked for ("3-5 photos", "at least 3 photos"): no rubric rule holds it, so it is noted. */
  least?: number;
}

/** Screenshots and screen captures are the images a section holds, as photos are. */
const SHOT = 'screen ?shot|screen capture|captura de pantalla';
const SHOTS = 'screen ?shots|screen captures|capturas de pantalla';
/** "6 annotated photos", "5 labeled photos": a word that describes the photos may stand between count and noun. */
const PHOTO_WORD =
  '(?:(?:annotated|labell?ed|captioned|dated|close-up|digital|colou?r|clear|separate|different|additional)\\s+)?';
const PHOTO = `${PHOTO_WORD}(?:photo(?:graph)?s|images|pictures|${SHOTS}|fotos|fotografías|imágenes)`;
const ONE = `(?:photo(?:graph)?|image|picture|${SHOT}|foto(?:grafía)?|imagen)(?![\\w])`;
const PHOTO_MAX = [
  re(
    '\\b(?:no more than|up to|maximum of|max(?:imum)?:?|at most|not (?:to )?exceed|no más de|no mas de|hasta|' +
      `un máximo de|máximo de|como máximo)\\s+${N}\\s+${PHOTO}`,
  ),
  re(`\\b${N}\\s+${PHOTO}\\s+(?:or (?:fewer|less)|max(?:imum)?|o menos|como máximo)(?![\\w])`),
  // "Photos (maximum 10)", "Photos: up to 8": the limit after the word, in parentheses or after a colon.
  re(
    `\\b${PHOTO}\\s*(?:\\(|:|[-–—])\\s*` +
      `(?:no more than|up to|max(?:imum)?\\.?:?|at most|no más de|hasta|máx(?:imo)?\\.?:?)\\s*${N}(?![\\w])`,
  ),
];
const PHOTO_RANGE = re(`(?:between\\s+|entre\\s+)?\\b${N}${DASH}${N}\\s+${PHOTO}`);
const PHOTO_MIN = re(
  '\\b(?:at least|a minimum of|minimum of|no fewer than|no less than|not fewer than|not less than|al menos|' +
    `como mínimo|un mínimo de|no menos de)\\s+${N}\\s+${PHOTO}|\\b${N} (?:or more|o más)\\s+${PHOTO}`,
);
/** "Submit 3 photos", "one (1) photo": as many as that, no more, no fewer. */
const PHOTO_COUNT = re(
  `\\b${N}\\s+(?:(?:clear|digital|color|colour|separate|different|additional)\\s+)?${PHOTO}|` +
    `\\b(?:one|1|a single|una?)\\s+${ONE}`,
);
/** "Photograph 6 to 10 notebook pages", "Scan or photograph three anchor charts": a photo of each. */
const PHOTOGRAPH_THINGS = re(
  `\\b(?:photograph|fotograf[íi]e)\\s+${N}(?:${DASH}${N})?\\s+(?!minutes?\\b|seconds?\\b)[a-z]`,
);
/** "at least one photo": what a section that must hold a photo asks, so no count to note. */
const ONE_PHOTO = re(`\\b(?:at least|a minimum of|minimum of|al menos|como mínimo) (?:one|a|1|una?) ${ONE}`);

/**
 * "Upload photos of the chart", "Include photographs of …", "Submit a photo of …": photos asked for with no
 * count, so the section must hold one. Not "may include", "if you wish", "do not upload".
 */
const ASKS_PHOTOS = new RegExp(
  '^(?:please |you must |also )?(?:upload|submit|include|attach|provide|add|share|suba|incluya|adjunte|envíe|' +
    'agregue|comparta)\\s+(?:(?:a|an|one|some|clear|your|the|una?|sus?|algunas)\\s+)?(?:digital\\s+)?' +
    `(?:photo(?:graph)?s?|pictures?|images?|${SHOTS}|${SHOT}|fotos?|fotografías?|imágenes|imagen)(?![\\w])`,
  'i',
);
const MAY_OR_NOT = /\b(?:not|may|might|optional(?:ly)?|if you (?:wish|like|choose|want)|no|puede|opcional)\b/i;
const asksPhotos = (text: string) =>
  sentences(text).some((sentence) => ASKS_PHOTOS.test(sentence) && !MAY_OR_NOT.test(sentence));

export function photosIn(text: string): PhotoFact | null {
  const fact: PhotoFact = {};
  // "at least one and no more than 8 images" is "1 to 8 images".
  const range = PHOTO_RANGE.exec(text.replace(AT_LEAST_AT_MOST, '$1 to $2'));
  if (range && value(range[1]) < value(range[2])) {
    fact.least = value(range[1]);
    fact.max = value(range[2]);
  }
  for (const pattern of fact.max === undefined ? PHOTO_MAX : []) {
    const max = pattern.exec(text);
    if (max) {
      fact.max = value(max[1]);
      break;
    }
  }
  const min = fact.least === undefined ? PHOTO_MIN.exec(text) : null;
  if (min) fact.least = value(min[1] ?? min[2]);
  else if (fact.least === undefined && ONE_PHOTO.test(text)) fact.least = 1;
  const things = fact.least === undefined && fact.max === undefined ? PHOTOGRAPH_THINGS.exec(text) : null;
  if (things) [fact.least, fact.max] = [value(things[1]), value(things[2] ?? things[1])];
  const count = fact.least === undefined && fact.max === undefined ? PHOTO_COUNT.exec(text) : null;
  if (count) {
    fact.max = count[1] ? value(count[1]) : 1;
    if (fact.max > 1) fact.least = fact.max;
  }
  if (fact.least === undefined && fact.max === undefined && asksPhotos(text)) fact.least = 1;
  // "each with a caption", "cada una con una descripción breve": a caption in other words.
  const described = /\b(?:each|cada una?) (?:with|con) (?:a |una )?(?:short |brief |breve )?descrip/i;
  const captions = /\bcaption|\bpies? de foto|\bleyenda/i.test(text) || described.test(text);
  if (captions && /\b(?:photo|image|picture|screen ?shot|screen capture|foto|imagen|imágenes|captura)/i.test(text))
    fact.captions = true;
  return fact.max !== undefined || fact.captions || fact.least !== undefined ? fact : null;
}
