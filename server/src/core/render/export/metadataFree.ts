/**
 * An image as the Word export embeds it: without what its metadata says of who took it and where
 * (EXIF with its GPS position, XMP, IPTC, comments, text chunks), its pixels byte for byte as they
 * were. What the picture needs to look the same stays: a JPEG's JFIF header, ICC colour profile,
 * Adobe colour transform and its EXIF orientation (rewritten as an EXIF holding that one tag, which
 * Word turns the picture by); a PNG's and WebP's colour chunks. Null when the file's structure
 * cannot be walked: such an image is left out rather than embedded with what it may hold.
 */
import { riffChunks } from '../../intake';

export function withoutMetadata(data: Uint8Array): Uint8Array | null {
  if (data[0] === 0xff && data[1] === 0xd8) return jpegWithoutMetadata(data);
  if (ascii(data, 0, 8) === '\x89PNG\r\n\x1a\n') return pngWithoutMetadata(data);
  if (ascii(data, 0, 4) === 'RIFF') return webpWithoutMetadata(data);
  if (ascii(data, 0, 3) === 'GIF') return gifWithoutMetadata(data);
  // BMP holds pixels and their format, nothing else.
  if (ascii(data, 0, 2) === 'BM') return data;
  return null;
}

const ascii = (data: Uint8Array, from: number, to: number) => String.fromCharCode(...data.subarray(from, to));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const SOS = 0xda;
const EOI = 0xd9;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** Segments up to each scan, the scan's entropy-coded data as it is, and nothing after the image's end. */
function jpegWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [data.subarray(0, 2)];
  let at = 2;
  while (at < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at++; // a fill byte
      continue;
    }
    // After the end: a phone's second picture (MPF) and its own EXIF, or trailing bytes. Not embedded.
    if (marker === EOI) return concat([...parts, data.subarray(at, at + 2)]);
    if (isRestart(marker) || marker === 0x01) {
      parts.push(data.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > data.length) return null;
    const end = at + 2 + ((data[at + 2] << 8) | data[at + 3]);
    if (end < at + 4 || end > data.length) return null;
    const kept = keptSegment(marker, data.subarray(at, end));
    if (kept) parts.push(kept);
    at = end;
    if (marker !== SOS) continue;
    // The entropy-coded data runs to the next marker: an 0xFF not followed by a stuffed 0 or a restart.
    let scan = data.indexOf(0xff, at);
    while (scan >= 0 && scan + 1 < data.length && (data[scan + 1] === 0 || isRestart(data[scan + 1])))
      scan = data.indexOf(0xff, scan + 2);
    // A file cut short in its scan keeps what it has, as viewers show it.
    if (scan < 0 || scan + 1 >= data.length) scan = data.length;
    parts.push(data.subarray(at, scan));
    at = scan;
  }
  return concat(parts);
}

function keptSegment(marker: number, segment: Uint8Array): Uint8Array | null {
  const body = segment.subarray(4);
  if (marker === APP1) return ascii(body, 0, 6) === 'Exif\0\0' ? orientationOnly(body.subarray(6)) : null;
  if (marker === APP0) return segment;
  if (marker === APP2) return ascii(body, 0, 12) === 'ICC_PROFILE\0' ? segment : null;
  if (marker === APP14) return ascii(body, 0, 5) === 'Adobe' ? segment : null;
  // Other applications' segments (APP3–APP15: IPTC, C2PA, makers' notes) and comments (COM).
  if ((marker >= APP0 && marker <= 0xef) || marker === 0xfe) return null;
  return segment;
}

const ORIENTATION_TAG = 0x0112;

/** An APP1 segment whose EXIF holds only the orientation, when the picture is turned; else nothing. */
function orientationOnly(tiff: Uint8Array): Uint8Array | null {
  const orientation = tiffOrientation(tiff);
  if (!orientation || orientation === 1 || orientation > 8) return null;
  // biome-ignore format: the bytes are laid out as the EXIF standard lays them out
  return Uint8Array.from([
    0xff, APP1, 0, 34, ...[0x45, 0x78, 0x69, 0x66, 0, 0], // APP1, its length, "Exif\0\0"
    0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, // big-endian TIFF, IFD0 at 8
    0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, // one entry: Orientation, SHORT, 1 value
    0, 0, 0, 0, // no next IFD
  ]);
}

function tiffOrientation(tiff: Uint8Array): number | null {
  if (tiff.length < 8) return null;
  const little = ascii(tiff, 0, 2) === 'II';
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return null;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= tiff.length; i++) {
    const entry = ifd + 2 + i * 12;
    if (view.getUint16(entry, little) === ORIENTATION_TAG) return view.getUint16(entry + 8, little);
  }
  return null;
}

/** PNG's chunks that hold text or EXIF; nothing after IEND. */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);

function pngWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts: Uint8Array[] = [data.subarray(0, 8)];
  for (let at = 8; at + 12 <= data.length; ) {
    const end = at + 12 + view.getUint32(at);
    if (end > data.length) return null;
    const type = ascii(data, at + 4, at + 8);
    if (!PNG_METADATA.has(type)) parts.push(data.subarray(at, end));
    if (type === 'IEND') return concat(parts);
    at = end;
  }
  return null;
}

/** VP8X's flags that say the file has EXIF (bit 3) and XMP (bit 2). */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

function webpWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const chunks = riffChunks(data);
  if (!chunks) return null;
  const parts: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (chunk.id === 'EXIF' || chunk.id === 'XMP ') continue;
    const whole = data.slice(chunk.offset, Math.min(data.length, chunk.end + ((chunk.end - chunk.start) % 2)));
    if (chunk.id === 'VP8X' && whole.length > 8) whole[8] &= ~VP8X_METADATA_FLAGS;
    parts.push(whole);
  }
  const body = concat(parts);
  const out = concat([data.subarray(0, 12), body]);
  new DataView(out.buffer).setUint32(4, body.length + 4, true);
  return out;
}

/** GIF's blocks without comments and other programs' application data (XMP); its animation loop stays. */
function gifWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const colourTable = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const subBlocksEnd = (from: number) => {
    let at = from;
    while (at < data.length && data[at] !== 0) at += data[at] + 1;
    return at < data.length ? at + 1 : null;
  };
  let at = 13 + colourTable(data[10] ?? 0);
  const parts: Uint8Array[] = [data.subarray(0, at)];
  while (at < data.length) {
    const block = data[at];
    if (block === 0x3b) return concat([...parts, data.subarray(at, at + 1)]);
    let end: number | null;
    let keep = true;
    if (block === 0x21) {
      const label = data[at + 1];
      end = subBlocksEnd(at + 2);
      const application = ascii(data, at + 3, at + 14);
      keep = label !== 0xfe && (label !== 0xff || application === 'NETSCAPE2.0' || application === 'ANIMEXTS1.0');
    } else if (block === 0x2c) end = subBlocksEnd(at + 10 + colourTable(data[at + 9] ?? 0) + 1);
    else return null;
    if (end === null) return null;
    if (keep) parts.push(data.subarray(at, end));
    at = end;
  }
  return null;
}
