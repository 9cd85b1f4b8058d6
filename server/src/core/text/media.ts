/**
 * Recognisers for media links, the durations writers put after them, and timestamps in running text.
 * A duration and a timestamp are both read by `readClock`; clock times (`6:30 p.m.`) are neither.
 */
import { isAscii } from './ascii';
import { onFirstUse } from './onFirstUse';
import { webAddressOf } from './uri';

const MEDIA_EXTENSIONS = new Set([
  'mp4',
  'mov',
  'm4v',
  'webm',
  'mkv',
  'avi',
  'mp3',
  'm4a',
  'wav',
  'ogg',
  'aac',
  'flac',
  // What phones and messengers save: Android's 3GP video and AMR voice recordings, WhatsApp's Opus voice notes;
  // and AIFF.
  '3gp',
  'amr',
  'awb',
  'opus',
  'oga',
  'aif',
  'aiff',
]);
/** Files that are never recordings, whatever host shares them or duration follows them. */
const DOCUMENT_EXTENSIONS = new Set(
  'pdf doc docx odt rtf txt md ppt pptx odp key xls xlsx ods csv png jpg jpeg gif webp svg heic bmp tif tiff zip'.split(
    ' ',
  ),
);

/** A host whose links are recordings; `path`, when given, is what marks a recording among its other links. */
interface VideoHost {
  host: RegExp;
  path?: RegExp;
}

const VIDEO_HOSTS: readonly VideoHost[] = [
  { host: /(^|\.)youtube\.com$/ },
  { host: /(^|\.)youtu\.be$/ },
  { host: /(^|\.)vimeo\.com$/ },
  { host: /(^|\.)loom\.com$/ },
  { host: /^drive\.google\.com$/ },
  { host: /(^|\.)onedrive\.live\.com$/ },
  { host: /^1drv\.ms$/ },
  { host: /-my\.sharepoint\.com$/ },
  // SharePoint and Stream: a video share link (`/:v:/`) or a Stream page, on any tenant.
  { host: /(^|\.)sharepoint\.com$/, path: /^\/:v:\/|\/stream\.aspx$/i },
  { host: /(^|\.)microsoftstream\.com$/ },
  { host: /^teams\.microsoft\.com$/, path: /recording|meetingrecap/i },
  { host: /(^|\.)dropbox\.com$/, path: /^\/(?:s|scl\/fi)\//i },
  { host: /(^|\.)box\.com$/, path: /^\/(?:s|file|v)\//i },
  { host: /(^|\.)screencastify\.com$/ },
  { host: /(^|\.)wevideo\.com$/ },
  { host: /(^|\.)panopto\.(?:com|eu)$/ },
  { host: /(^|\.)instructuremedia\.com$/ },
  { host: /(^|\.)instructure\.com$/, path: /media_objects|media_attachments|media_download|\/media\//i },
  { host: /(^|\.)vidyard\.com$/ },
  { host: /(^|\.)kaltura\.com$/ },
  { host: /(^|\.)(?:flip|flipgrid)\.com$/ },
  { host: /(^|\.)wistia\.(?:com|net)$/ },
  { host: /^wi\.st$/ },
];

const extensionOf = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
};

/** True when a destination names a document or a picture, which no written duration makes a recording. */
export function isDocumentUrl(url: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extensionOf(url.split(/[?#]/, 1)[0]));
}

/** True when a link or image destination is an audio or video recording. */
export function isMediaUrl(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  if (MEDIA_EXTENSIONS.has(extensionOf(path))) return true;
  if (DOCUMENT_EXTENSIONS.has(extensionOf(path))) return false;
  const address = webAddressOf(url);
  if (!address) return false;
  return VIDEO_HOSTS.some((video) => video.host.test(address.host) && (!video.path || video.path.test(address.path)));
}

const CLOCK = /^(?:(\d{1,2}):(?=\d{2}:))?(\d{1,2}):(\d{2})(?!\d|:\d)/;
/** What marks `6:30` as a time of day: a.m./p.m., a time zone, o'clock, noon. */
const TIME_OF_DAY = /^\s*(?:[ap]\.?\s?m\b|o['’]clock|noon|midnight)/i;
const TIME_ZONE = /^\s*(?:[ECMP][SD]?T|UTC|GMT)\b/;

/**
 * Reads `m:ss` or `h:mm:ss` at the start of `text` (seconds, and minutes after hours, 00–59):
 * `0:25`, `12:30`, `1:02:10`. A ratio (`3:1`) and a time of day (`6:30 p.m.`, `10:15am`) are not read.
 */
export function readClock(text: string): { seconds: number; length: number } | null {
  const clock = CLOCK.exec(text);
  if (!clock) return null;
  const [, hours, minutes, seconds] = clock;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  const after = text.slice(clock[0].length);
  if (TIME_OF_DAY.test(after) || TIME_ZONE.test(after)) return null;
  return {
    seconds: Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds),
    length: clock[0].length,
  };
}

export interface Timestamp {
  start: number;
  end: number;
  seconds: number;
}

const TIMESTAMP_START = onFirstUse(() => /(?<![\p{L}\p{N}:.,/])\d{1,2}:\d/gu);
/** TIMESTAMP_START's twin for an ASCII text, which it reads the same way (test/unit/asciiReadings.test.ts). */
const TIMESTAMP_START_ASCII = /(?<![A-Za-z0-9:.,/])\d{1,2}:\d/g;
/** For the tests: the ASCII twin with its Unicode expression. */
export const TIMESTAMP_TWINS = (): [RegExp, RegExp][] => [[TIMESTAMP_START_ASCII, TIMESTAMP_START()]];

/** The timestamps in running text ("point 1 at 0:25"), with their offsets in `text`. */
export function findTimestamps(text: string): Timestamp[] {
  if (!text.includes(':')) return [];
  const found: Timestamp[] = [];
  for (const match of text.matchAll(isAscii(text) ? TIMESTAMP_START_ASCII : TIMESTAMP_START())) {
    const clock = readClock(text.slice(match.index, match.index + 16));
    if (clock) found.push({ start: match.index, end: match.index + clock.length, seconds: clock.seconds });
  }
  return found;
}

// Spanish units too ("4 minutos", "2 min 30 segundos"): a Spanish submission writes its lengths so.
const UNIT_PART =
  /^(\d+(?:\.\d+)?)\s*-?\s*(hours?|horas?|hrs?|h|minutes?|minutos?|mins?|m|seconds?|segundos?|secs?|segs?|s)(?![a-z])/i;

/**
 * Reads a duration written right at the start of `text` (what follows a media link):
 * `(3:45)`, `3:45`, `(1:02:10)`, `3 min 45 s`, `(4 minutes)`, `- 2 minutes 30 seconds`.
 * Returns seconds and the length of text consumed, or null when no duration starts there.
 */
export function readDuration(text: string): { seconds: number; length: number } | null {
  const lead = /^[ \t]*(?:[-–—:,][ \t]*)?(\(\s*)?/.exec(text)!;
  let index = lead[0].length;
  const rest = text.slice(index);
  let seconds: number;
  const clock = readClock(rest);
  if (clock) {
    seconds = clock.seconds;
    index += clock.length;
  } else {
    seconds = 0;
    let matched = false;
    let cursor = rest;
    for (;;) {
      const part = UNIT_PART.exec(cursor);
      if (!part) break;
      matched = true;
      const unit = part[2].toLowerCase();
      const value = Number(part[1]);
      seconds += unit.startsWith('h') ? value * 3600 : unit.startsWith('m') ? value * 60 : value;
      const used =
        part[0].length + (/^[ \t]*(?:,|(?:and|y)(?=[ \t]))?[ \t]*/.exec(cursor.slice(part[0].length))?.[0].length ?? 0);
      index += used;
      cursor = cursor.slice(used);
    }
    if (!matched) return null;
    seconds = Math.round(seconds);
  }
  if (lead[1]) {
    const close = /^\s*(?:long\s*)?\)/.exec(text.slice(index));
    if (close) index += close[0].length;
  }
  return { seconds, length: index };
}

/**
 * True when `text` (what follows a link) starts with a length written as an aside of its own:
 * `(4:30)`, `4:30.`, `(4 minutes)`, `- 3 min 45 s`; not `(5 min read)` or `5 minutes from school`.
 * Such a length makes a link to any host a recording.
 */
export function startsWithWrittenLength(text: string): boolean {
  const duration = readDuration(text);
  if (!duration) return false;
  const written = text.slice(0, duration.length);
  if (/^[ \t]*(?:[-–—:,][ \t]*)?\(/.test(written) && !written.trimEnd().endsWith(')')) return false;
  return /^[ \t]*(?:$|[\r\n.,;!?)])/.test(text.slice(duration.length));
}

/** Reads a duration written at the end of a link's own text: `[Interview (3:45)](x.mp4)`. */
export function readTrailingDuration(text: string): number | null {
  const match = /\(\s*([^()]+)\)\s*$/.exec(text.slice(-40));
  if (!match) return null;
  const duration = readDuration(match[1]);
  return duration && duration.length >= match[1].trimEnd().length ? duration.seconds : null;
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
