/**
 * What a photo's metadata says of who took it and where: the GPS position, and the fields that
 * hold a name (Artist, Copyright, the camera owner's). Read with exifr, which reads only the
 * metadata segments (EXIF, XMP, IPTC) of a JPEG, HEIC or PNG; a WebP's EXIF and XMP chunks are found
 * here (exifr does not know the container) and handed to exifr as the TIFF structure and XMP packet
 * they are, and so are a HEIF file's EXIF and XMP items (heifItems.ts) and a GIF's XMP; a PNG's text chunks
 * (pngText.ts) here too. A position written only in XMP (as some editors and DJI's drones do) counts as one written
 * in EXIF; the names of the place (photoPlace.ts) are where it was taken too.
 */
import type { MetadataField } from './metadataField';
import { heifItems } from './heifItems';
import { dronePosition, placeNames, texts } from './photoPlace';
import { pngRawProfiles, pngTextFields } from './pngText';
import { riffChunks } from './riff';

/** exifr's names (EXIF and XMP) of the fields that name a person, and the names the writer is shown. */
const NAME_TAGS: [tag: string, field: string][] = [
  ['Artist', 'Artist'],
  ['Copyright', 'Copyright'],
  // EXIF 0xA430, "CameraOwnerName" in the EXIF 2.3 standard, "OwnerName" to exifr and exiftool.
  ['OwnerName', 'OwnerName'],
  ['CameraOwnerName', 'CameraOwnerName'],
  // XMP: Dublin Core's creator and rights. IPTC: the by-line and copyright notice.
  ['creator', 'Artist'],
  ['rights', 'Copyright'],
  ['Byline', 'Artist'],
  ['CopyrightNotice', 'Copyright'],
  // XMP Rights' owner, and the credit line of XMP (Photoshop) and IPTC.
  ['Owner', 'OwnerName'],
  ['Credit', 'Credit'],
  // Windows' Authors (a photo's Properties > Details), EXIF 0x9C9D: the name of who took it, as the Artist is.
  ['XPAuthor', 'Artist'],
  // Who wrote the caption (XMP Photoshop's CaptionWriter, IPTC's Writer/Editor), as a metadata preset fills it in.
  ['CaptionWriter', 'Caption writer'],
  ['Writer', 'Caption writer'],
];
/** IPTC Core's creator contact info's address, in the order it is written on an envelope. */
const ADDRESS_PARTS = ['CiAdrExtadr', 'CiAdrCity', 'CiAdrRegion', 'CiAdrPcode', 'CiAdrCtry'];

/** Four decimals of a degree are about 11 metres: enough to show it is a place, no more precise than that. */
const GPS_DECIMALS = 4;

const OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  iptc: true,
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  icc: false,
  jfif: false,
  ihdr: false,
  mergeOutput: true,
  translateValues: false,
};

/** How the photo's metadata is stored: where exifr finds it (`photo`), or in a WebP's or GIF's own blocks. */
export type PhotoContainer = 'photo' | 'webp' | 'gif';

export async function photoMetadata(bytes: Uint8Array, container: PhotoContainer): Promise<MetadataField[]> {
  const exifr = await import('exifr');
  const items =
    container === 'webp'
      ? { exif: webpChunk(bytes, 'EXIF'), xmp: webpChunk(bytes, 'XMP ') }
      : container === 'gif'
        ? { exif: null, xmp: gifXmp(bytes) }
        : isHeif(bytes)
          ? heifItems(bytes)
          : null;
  let tags: Record<string, unknown>;
  // A GIF has no EXIF and exifr does not read it: its XMP, if any, is all it says.
  if (container === 'gif' && !items?.xmp) return [];
  if (items && (items.exif || items.xmp)) tags = await itemTags(exifr, items);
  // A WebP's or HEIF file's metadata is in the items found here or nowhere: exifr, walking a damaged HEIF
  // file's boxes to its meta box, stays in place for ever at a box of length 0.
  else if (items) tags = {};
  else {
    tags = (await exifr.parse(bytes, OPTIONS)) ?? {};
    // What ImageMagick kept of a photo it wrote as a PNG; what the PNG's own chunks say comes first.
    const profiles = pngRawProfiles(bytes);
    if (profiles.exif || profiles.xmp) tags = { ...(await itemTags(exifr, profiles)), ...tags };
  }
  const found: MetadataField[] = [];
  const position =
    gpsPosition(tags.latitude, tags.longitude) ??
    gpsPosition(xmpCoordinate(tags.GPSLatitude), xmpCoordinate(tags.GPSLongitude)) ??
    gpsPosition(...dronePosition(tags));
  if (position) found.push({ field: 'GPS position', value: position });
  for (const value of placeNames(tags)) found.push({ field: 'Location', value });
  for (const [tag, field] of NAME_TAGS) for (const value of texts(tags[tag])) found.push({ field, value });
  // IPTC Core's creator contact info (XMP): the address a photographer's software fills in for them.
  const contact = tags.CreatorContactInfo as Record<string, unknown> | undefined;
  for (const value of texts(contact?.CiEmailWork)) found.push({ field: 'Creator e-mail', value });
  for (const value of texts(contact?.CiTelWork)) found.push({ field: 'Creator phone', value });
  const address = ADDRESS_PARTS.flatMap((part) => texts(contact?.[part])).join(', ');
  if (address) found.push({ field: 'Creator address', value: address });
  return [...found, ...pngTextFields(bytes)];
}

type Exifr = typeof import('exifr');

/** The tags of an EXIF block (its TIFF bytes) and an XMP packet found apart from the file exifr would read. */
async function itemTags(
  exifr: Exifr,
  items: { exif: Uint8Array | null; xmp: Uint8Array | null },
): Promise<Record<string, unknown>> {
  // The XMP packet alone, as exifr reads a sidecar file: its namespaces' properties side by side.
  const sidecar = items.xmp && (await exifr.sidecar(items.xmp, {}, 'xmp'));
  const { xmlns: _, ...namespaces } = (sidecar ?? {}) as Record<string, object>;
  const exif = items.exif && (await exifr.parse(items.exif, OPTIONS));
  return Object.assign({}, ...Object.values(namespaces), exif);
}

const isHeif = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp';

/** XMP's GPS coordinate, `40,42.7666N` or `40,42,46N`, in signed degrees; null for anything else. */
function xmpCoordinate(value: unknown): number | null {
  const match = typeof value === 'string' ? /^(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?([NSEW])$/.exec(value) : null;
  if (!match) return null;
  const degrees = Number(match[1]) + Number(match[2]) / 60 + Number(match[3] ?? 0) / 3600;
  return match[4] === 'S' || match[4] === 'W' ? -degrees : degrees;
}

export function gpsPosition(latitude: unknown, longitude: unknown): string | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // Cameras without a fix write zeros: that is no position.
  if (latitude === 0 && longitude === 0) return null;
  const degrees = (value: number) => value.toFixed(GPS_DECIMALS).replace(/^-(?=0\.0+$)/, '');
  return `${degrees(latitude)}, ${degrees(longitude)}`;
}

/** A WebP chunk's data; EXIF's as the TIFF bytes it is (some writers put JPEG's `Exif\0\0` before them). */
function webpChunk(bytes: Uint8Array, id: 'EXIF' | 'XMP '): Uint8Array | null {
  const chunk = riffChunks(bytes)?.find((c) => c.id === id);
  if (!chunk) return null;
  const data = bytes.subarray(chunk.start, chunk.end);
  const exifHeader = [0x45, 0x78, 0x69, 0x66, 0, 0];
  return id === 'EXIF' && exifHeader.every((byte, i) => data[i] === byte) ? data.subarray(6) : data;
}

/**
 * A GIF's XMP packet: an application extension `XMP DataXMP` holding the packet as it is, then a
 * "magic trailer" of 258 bytes. Read from the packet's start to its end, whatever the block sizes say.
 */
function gifXmp(bytes: Uint8Array): Uint8Array | null {
  const text = new TextDecoder('latin1').decode(bytes);
  const block = text.indexOf('XMP DataXMP');
  if (block < 0) return null;
  const start = text.indexOf('<x:xmpmeta', block);
  const end = start < 0 ? -1 : text.indexOf('</x:xmpmeta>', start);
  return end < 0 ? null : bytes.subarray(start, end + '</x:xmpmeta>'.length);
}
