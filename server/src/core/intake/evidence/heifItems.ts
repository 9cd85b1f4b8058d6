/**
 * The EXIF and XMP items of a HEIF file (HEIC, AVIF), found through its `meta` box: `iinf` names
 * each item's type, `iloc` says where its bytes are (in the file, or in the `idat` box). An Exif
 * item starts with the offset of its TIFF header: Apple and exiftool write 6 and `Exif\0\0`,
 * libheif 0; exifr takes every file for Apple's, so the TIFF bytes are found here and handed to it.
 */

export interface HeifItems {
  /** The TIFF structure of the Exif item. */
  exif: Uint8Array | null;
  /** The XMP packet (a `mime` item of type application/rdf+xml). */
  xmp: Uint8Array | null;
}

interface Box {
  type: string;
  /** Where its content starts (after the header; a full box's version and flags are content) and ends. */
  start: number;
  end: number;
}

/** An item larger than this is no metadata: not read. */
const MAX_ITEM_BYTES = 4 * 1024 * 1024;
/** As many extents as are read in all: a photo's items have one each (a damaged box could claim billions). */
const MAX_EXTENTS = 4096;

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

function boxes(bytes: Uint8Array, from: number, to: number): Box[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Box[] = [];
  for (let at = from; at + 8 <= to; ) {
    let size = view.getUint32(at);
    let header = 8;
    if (size === 1 && at + 16 <= to) {
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) break;
    found.push({ type: ascii(bytes, at + 4, 4), start: at + header, end: at + size });
    at += size;
  }
  return found;
}

/** The bytes' EXIF and XMP items; both null when they are no HEIF file or have none. */
export function heifItems(bytes: Uint8Array): HeifItems {
  const none = { exif: null, xmp: null };
  const meta = boxes(bytes, 0, bytes.length).find((box) => box.type === 'meta');
  if (!meta) return none;
  const children = boxes(bytes, meta.start + 4, meta.end);
  const iinf = children.find((box) => box.type === 'iinf');
  const iloc = children.find((box) => box.type === 'iloc');
  if (!iinf || !iloc) return none;
  const idat = children.find((box) => box.type === 'idat');
  const types = itemTypes(bytes, iinf);
  const locations = itemLocations(bytes, iloc);
  const itemBytes = (id: number) => {
    const location = locations.get(id);
    if (!location) return null;
    const base = location.method === 1 ? idat?.start : location.method === 0 ? 0 : undefined;
    if (base === undefined) return null;
    const parts = location.extents.map(([offset, length]) => bytes.subarray(base + offset, base + offset + length));
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    if (total > MAX_ITEM_BYTES) return null;
    const out = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  let exif: Uint8Array | null = null;
  let xmp: Uint8Array | null = null;
  for (const [id, type] of types) {
    if (type.type === 'Exif') exif ??= tiffOf(itemBytes(id));
    else if (type.type === 'mime' && /rdf\+xml/.test(type.contentType)) xmp ??= itemBytes(id);
  }
  return { exif, xmp };
}

/** Each item's type (and a `mime` item's content type), by its ID, from the `infe` boxes (versions 2 and 3). */
function itemTypes(bytes: Uint8Array, iinf: Box): Map<number, { type: string; contentType: string }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entriesStart = iinf.start + 4 + (bytes[iinf.start] === 0 ? 2 : 4);
  const types = new Map<number, { type: string; contentType: string }>();
  for (const infe of boxes(bytes, entriesStart, iinf.end)) {
    const version = bytes[infe.start];
    if (infe.type !== 'infe' || version < 2 || infe.start + 12 > infe.end) continue;
    const id = version === 2 ? view.getUint16(infe.start + 4) : view.getUint32(infe.start + 4);
    const typeAt = infe.start + (version === 2 ? 8 : 10);
    const type = ascii(bytes, typeAt, 4);
    // item_name, then (for `mime`) content_type: strings ending in 0.
    const nameEnd = bytes.subarray(0, infe.end).indexOf(0, typeAt + 4);
    const typeEnd = nameEnd < 0 ? -1 : bytes.subarray(0, infe.end).indexOf(0, nameEnd + 1);
    const contentType = typeEnd < 0 ? '' : ascii(bytes, nameEnd + 1, typeEnd - nameEnd - 1);
    types.set(id, { type, contentType });
  }
  return types;
}

interface Location {
  /** 0: offsets in the file; 1: in the `idat` box. */
  method: number;
  extents: [offset: number, length: number][];
}

/** Where each item's bytes are, from the `iloc` box (versions 0 to 2). */
function itemLocations(bytes: Uint8Array, iloc: Box): Map<number, Location> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[iloc.start];
  let at = iloc.start + 4;
  const sizes = [bytes[at] >> 4, bytes[at] & 15, bytes[at + 1] >> 4, version > 0 ? bytes[at + 1] & 15 : 0];
  const [offsetSize, lengthSize, baseSize, indexSize] = sizes;
  at += 2;
  const number = (size: number) => {
    if (at + size > iloc.end) throw new RangeError('iloc');
    const value =
      size === 8
        ? Number(view.getBigUint64(at))
        : size === 4
          ? view.getUint32(at)
          : size === 2
            ? view.getUint16(at)
            : 0;
    at += size;
    return value;
  };
  const locations = new Map<number, Location>();
  let extentsLeft = MAX_EXTENTS;
  try {
    const count = number(version < 2 ? 2 : 4);
    for (let item = 0; item < count; item++) {
      const id = number(version < 2 ? 2 : 4);
      const method = version > 0 ? number(2) & 15 : 0;
      number(2);
      const base = number(baseSize);
      const extents: Location['extents'] = [];
      for (let extent = number(2); extent > 0; extent--) {
        if (--extentsLeft < 0) return locations;
        if (version > 0) number(indexSize);
        extents.push([base + number(offsetSize), number(lengthSize)]);
      }
      locations.set(id, { method, extents });
    }
  } catch {
    // A cut or damaged box: the items read before the damage.
  }
  return locations;
}

/** The TIFF structure in an Exif item: after the offset its first 4 bytes give, or where `II*\0` / `MM\0*` starts. */
function tiffOf(item: Uint8Array | null): Uint8Array | null {
  if (!item || item.length < 12) return null;
  const isTiff = (at: number) => {
    const head = ascii(item, at, 4);
    return head === 'II*\0' || head === 'MM\0*';
  };
  const offset = new DataView(item.buffer, item.byteOffset, item.byteLength).getUint32(0);
  if (offset < item.length - 4 && isTiff(4 + offset)) return item.subarray(4 + offset);
  for (let at = 0; at < Math.min(item.length - 4, 32); at++) if (isTiff(at)) return item.subarray(at);
  return null;
}
