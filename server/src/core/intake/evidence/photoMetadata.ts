/**
 * What a photo's metadata says of who took it and where: the GPS position, and the fields that
 * hold a name (Artist, Copyright, the camera owner's). Read with exifr, which reads only the
 * metadata segments (EXIF, XMP, IPTC) of a JPEG, HEIC or PNG; a WebP's EXIF chunk is found here (exifr
 * does not know the container) and handed to exifr as the TIFF structure it is.
 */
import type { MetadataField } from './metadataField';
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
];

/** Four decimals of a degree are about 11 metres: enough to show it is a place, no more precise than that. */
const GPS_DECIMALS = 4;

export async function photoMetadata(bytes: Uint8Array, webp: boolean): Promise<MetadataField[]> {
  const input = webp ? webpExif(bytes) : bytes;
  if (!input) return [];
  const exifr = (await import('exifr')).default;
  const tags: Record<string, unknown> | undefined = await exifr.parse(input, {
    tiff: true,
    exif: true,
    gps: true,
    xmp: !webp,
    ifd1: false,
    interop: false,
    makerNote: false,
    userComment: false,
    icc: false,
    iptc: !webp,
    jfif: false,
    ihdr: false,
    mergeOutput: true,
    translateValues: false,
  });
  if (!tags) return [];
  const found: MetadataField[] = [];
  const position = gpsPosition(tags.latitude, tags.longitude);
  if (position) found.push({ field: 'GPS position', value: position });
  for (const [tag, field] of NAME_TAGS) for (const value of texts(tags[tag])) found.push({ field, value });
  return found;
}

function gpsPosition(latitude: unknown, longitude: unknown): string | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // Cameras without a fix write zeros: that is no position.
  if (latitude === 0 && longitude === 0) return null;
  const degrees = (value: number) => value.toFixed(GPS_DECIMALS).replace(/^-(?=0\.0+$)/, '');
  return `${degrees(latitude)}, ${degrees(longitude)}`;
}

/** A tag's text: a string, XMP's language alternatives (`{ value, lang }`) or a list of either. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object' && 'value' in value) return texts((value as { value: unknown }).value);
  return [];
}

/** A WebP's EXIF chunk as TIFF bytes (some writers put JPEG's `Exif\0\0` before them), or null. */
function webpExif(bytes: Uint8Array): Uint8Array | null {
  const chunk = riffChunks(bytes)?.find((c) => c.id === 'EXIF');
  if (!chunk) return null;
  const data = bytes.subarray(chunk.start, chunk.end);
  const exifHeader = [0x45, 0x78, 0x69, 0x66, 0, 0];
  return exifHeader.every((byte, i) => data[i] === byte) ? data.subarray(6) : data;
}
