/**
 * What a recording's tags say that would identify the writer: the artist or author a phone or an
 * editor writes (ID3 TPE1, MP4 ©ART, Vorbis ARTIST, WAV IART, Matroska ARTIST...), the copyright
 * holder, and the place a phone writes into its videos (QuickTime's ©xyz and its
 * com.apple.quicktime.location.ISO6709 key, both ISO 6709: `+40.7128-074.0060/`).
 */
import type { MetadataTags } from 'mediabunny';
import type { MetadataField } from './metadataField';
import { gpsPosition } from './photoMetadata';

/** Raw tags, as each container names them, that hold a person's name. */
const NAME_TAGS: Record<string, string> = {
  '©aut': 'Author',
  AUTHOR: 'Author',
  'com.apple.quicktime.author': 'Author',
  'com.apple.quicktime.artist': 'Artist',
  cprt: 'Copyright',
  '©cpy': 'Copyright',
  TCOP: 'Copyright',
  ICOP: 'Copyright',
  COPYRIGHT: 'Copyright',
  'com.apple.quicktime.copyright': 'Copyright',
  // 3GPP asset boxes, as Android phones and ffmpeg's 3GP writer leave them: author, performer, copyright.
  auth: 'Author',
  perf: 'Artist',
};
/** 3GPP asset boxes: a version and flags, a language, then the text (not QuickTime's length and language). */
const ASSET_BOXES = new Set(['auth', 'perf', 'cprt']);
const PLACE_TAGS = ['©xyz', 'com.apple.quicktime.location.ISO6709', 'location', 'LOCATION'];

/** ISO 6709 in decimal degrees: latitude then longitude, each signed. */
const ISO_6709 = /([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)/;

export function mediaTagFields(tags: MetadataTags): MetadataField[] {
  const found: MetadataField[] = [];
  const raw = tags.raw ?? {};
  for (const key of PLACE_TAGS) {
    const match = ISO_6709.exec(texts(raw[key]).join(' '));
    const position = match && gpsPosition(Number(match[1]), Number(match[2]));
    if (position) {
      found.push({ field: 'GPS position', value: position });
      break;
    }
  }
  for (const value of [tags.artist, tags.albumArtist]) if (value) found.push({ field: 'Artist', value });
  for (const [key, field] of Object.entries(NAME_TAGS))
    for (const value of texts(raw[key], ASSET_BOXES.has(key))) found.push({ field, value });
  return found;
}

/**
 * A raw tag's text: a string, a list of them, or a user data box's bytes: QuickTime's (a length, a language,
 * the text) or a 3GPP asset box's (a version and flags, a language, the text in UTF-8 or, after its mark, UTF-16).
 */
function texts(value: unknown, asset = false): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, asset));
  if (value instanceof Uint8Array) {
    const skip = asset ? 6 : 4;
    const data = value.length > skip ? value.subarray(skip) : value;
    const utf16 = asset && data[0] === 0xfe && data[1] === 0xff;
    const text = new TextDecoder(utf16 ? 'utf-16be' : 'utf-8').decode(utf16 ? data.subarray(2) : data);
    return [text.replace(/\0+$/, '')];
  }
  return [];
}
