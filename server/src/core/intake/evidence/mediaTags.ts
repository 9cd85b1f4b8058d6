/**
 * What a recording's tags say that would identify the writer: the artist or author a phone or an
 * editor writes (ID3 TPE1, MP4 ©ART, Vorbis ARTIST, WAV IART, Matroska ARTIST...) and its composer, the copyright
 * holder, and the place a phone writes into its videos (QuickTime's ©xyz and its
 * com.apple.quicktime.location.ISO6709 key, both ISO 6709: `+40.7128-074.0060/`; 3GPP's loci box), and the
 * creator and rights of an XMP packet in its user data.
 */
import type { MetadataTags } from 'mediabunny';
import type { MetadataField } from './metadataField';
import { gpsPosition } from './photoMetadata';
import { dublinCoreNames } from './svgMetadata';

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
  // The composer, which GarageBand and music apps fill with the account's full name: MP4 ©wrt, ID3v2.3/2.4
  // TCOM and ID3v2.2 TCM, Vorbis comments' and Matroska's COMPOSER.
  '©wrt': 'Composer',
  TCOM: 'Composer',
  TCM: 'Composer',
  COMPOSER: 'Composer',
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
  const places = PLACE_TAGS.map((key) => ISO_6709.exec(texts(raw[key]).join(' '))).map(
    (match) => match && gpsPosition(Number(match[1]), Number(match[2])),
  );
  const position = places.find(Boolean) ?? (raw.loci instanceof Uint8Array ? locationBox(raw.loci) : null);
  if (position) found.push({ field: 'GPS position', value: position });
  for (const value of [tags.artist, tags.albumArtist]) if (value) found.push({ field: 'Artist', value });
  for (const [key, field] of Object.entries(NAME_TAGS))
    for (const value of texts(raw[key], ASSET_BOXES.has(key))) found.push({ field, value });
  // An XMP packet in the movie's user data (QuickTime's XMP_, as Adobe's editors and exiftool write it).
  if (raw.XMP_ instanceof Uint8Array) found.push(...dublinCoreNames(new TextDecoder().decode(raw.XMP_)));
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

/**
 * A 3GPP location box (`loci`, as 3GP phones and ffmpeg's MP4 writer leave a place): a version and flags,
 * a language, a name (UTF-8, or UTF-16 after its mark, ending in a null), a role, then the longitude,
 * latitude and altitude as 16.16 fixed-point numbers.
 */
function locationBox(data: Uint8Array): string | null {
  let at = 6;
  if (data[at] === 0xfe && data[at + 1] === 0xff) {
    for (at += 2; at + 1 < data.length && (data[at] !== 0 || data[at + 1] !== 0); at += 2);
    at += 2;
  } else {
    while (at < data.length && data[at] !== 0) at++;
    at += 1;
  }
  // The role, then longitude and latitude.
  if (at + 9 > data.length) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return gpsPosition(view.getInt32(at + 5) / 65536, view.getInt32(at + 1) / 65536);
}
