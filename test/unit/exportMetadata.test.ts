/**
 * The Word export embeds photos without their metadata: no GPS position, owner, comment or XMP
 * reaches the reviewer, while the picture is the same (its pixels' bytes, size, colour profile
 * and the quarter turn its EXIF asked for).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import fc from 'fast-check';
import { imageSize } from 'image-size';
import { exportDocx, identifyingMetadata } from '../../server/src/core';
import { withoutMetadata } from '../../server/src/core/render/export/metadataFree';
import { docxParts } from '../helpers/docxPackage';
import { check } from './helpers';

const PHOTOS = join(__dirname, '../fixtures/media/photos');
const fixture = (name: string) => new Uint8Array(readFileSync(join(PHOTOS, name)));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

const SUBMISSION = (body: string) =>
  ['---', 'rubric: working-together-for-student-success', '---', '', '## Part 3 Reflection', '', body, ''].join('\n');

/** The images a Word export of `name` embeds, and its warnings. */
async function exported(name: string): Promise<{ media: Uint8Array[]; warnings: string[] }> {
  const result = await exportDocx(check(SUBMISSION(`![Family night](photos/${name}) Families came.`)), {
    readImage: async (path) => (path === `photos/${name}` ? fixture(name) : null),
  });
  const media = [...docxParts(result.bytes)].filter(([part]) => part.startsWith('word/media/')).map(([, d]) => d);
  return { media, warnings: result.warnings.map((w) => w.message) };
}

/** A JPEG's entropy-coded data and the tables it is decoded with: from its first DQT to its end. */
const jpegPixels = (bytes: Uint8Array) => latin1(bytes).slice(latin1(bytes).indexOf('\xff\xdb'));

describe('the Word export', () => {
  test("a phone's photo is embedded without its GPS position, name fields or comment, and looks the same", async () => {
    const original = fixture('phone.jpg');
    assert.ok((await exifr.gps(original))?.latitude, 'the fixture has a GPS position');
    const { media, warnings } = await exported('phone.jpg');
    assert.deepEqual(warnings, []);
    assert.equal(media.length, 1);
    const embedded = media[0];
    assert.equal(await exifr.gps(embedded), undefined);
    assert.deepEqual(await identifyingMetadata(embedded, 'image1.jpg'), []);
    const tags = await exifr.parse(embedded, { xmp: true, iptc: true, mergeOutput: true });
    assert.deepEqual(tags, { Orientation: 'Rotate 90 CW' });
    assert.doesNotMatch(latin1(embedded), /Riverbend|Rivera|GPS|xmpmeta|Photoshop/);
    assert.equal(jpegPixels(embedded), jpegPixels(original));
    const size = imageSize(embedded);
    assert.deepEqual([size.width, size.height, size.orientation], [16, 8, 6]);
  });

  test('a PNG is embedded without its EXIF and text chunks, its image data the same', async () => {
    const original = fixture('owner.png');
    const { media } = await exported('owner.png');
    assert.deepEqual(await identifyingMetadata(media[0], 'image1.png'), []);
    assert.doesNotMatch(latin1(media[0]), /Rivera|eXIf|tEXt|iTXt|zTXt/);
    const imageData = (bytes: Uint8Array) => latin1(bytes).slice(latin1(bytes).indexOf('IDAT') - 4);
    assert.equal(imageData(media[0]), imageData(original));
    assert.deepEqual(imageSize(media[0]), imageSize(original));
  });

  test('a GIF is embedded without its comment and XMP packet; its animation loop stays', async () => {
    const { media } = await exported('owner.gif');
    const text = latin1(media[0]);
    assert.doesNotMatch(text, /Riverbend|Rivera|XMP/);
    assert.match(text, /NETSCAPE2\.0/);
    assert.equal(text.at(-1), ';');
    assert.deepEqual(imageSize(media[0]), imageSize(fixture('owner.gif')));
  });

  test('a JPEG whose segments run past its end is left out with a warning, not embedded as it is', async () => {
    const broken = fixture('phone.jpg');
    // The scan's header, after the frame header the size is read from, says it is longer than the file.
    broken.set([0xff, 0xff], latin1(broken).indexOf('\xff\xda') + 2);
    const result = await exportDocx(check(SUBMISSION('![A](a.jpg) Words.')), { readImage: async () => broken });
    assert.deepEqual(result.warnings, [
      { line: 7, message: 'the image a.jpg cannot be read to remove its metadata, so it is left out' },
    ]);
  });
});

/** A JPEG segment: marker, length, payload. */
const segment = (marker: number, payload: string) =>
  new Uint8Array([
    0xff,
    marker,
    (payload.length + 2) >> 8,
    (payload.length + 2) & 0xff,
    ...Buffer.from(payload, 'latin1'),
  ]);
const join2 = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

describe('without metadata', () => {
  test("a JPEG keeps its ICC profile and Adobe segment; drops MPF, others' segments, all after its end", () => {
    const clean = fixture('clean.jpg');
    const icc = segment(0xe2, 'ICC_PROFILE\0\x01\x01profile');
    const adobe = segment(0xee, 'Adobe\0\x64\0\0\0\0\x01');
    const dropped = [segment(0xe2, 'MPF\0II*\0'), segment(0xeb, 'JP\0\0c2pa'), segment(0xed, 'Photoshop 3.0\0')];
    const second = join2(new Uint8Array([0xff, 0xd8]), segment(0xe1, 'Exif\0\0GPS'), new Uint8Array([0xff, 0xd9]));
    const bytes = join2(clean.subarray(0, 2), icc, adobe, ...dropped, clean.subarray(2), second);
    assert.deepEqual(withoutMetadata(bytes), join2(clean.subarray(0, 2), icc, adobe, clean.subarray(2)));
  });

  test("after a scan (a progressive JPEG's next tables and scans) a comment is dropped, the rest kept", () => {
    const clean = fixture('clean.jpg');
    const end = clean.length - 2;
    const table = segment(0xc4, '\x10\x00'.padEnd(18, '\x01'));
    const restart = new Uint8Array([0xff, 0xd0, 0x12, 0xff, 0x00, 0x34]);
    const comment = segment(0xfe, 'Riverbend Elementary');
    const bytes = join2(clean.subarray(0, end), restart, comment, table, clean.subarray(end));
    assert.deepEqual(withoutMetadata(bytes), join2(clean.subarray(0, end), restart, table, clean.subarray(end)));
  });

  test('a JPEG cut short in its scan keeps all it has, as viewers show it', () => {
    const cut = fixture('clean.jpg').subarray(0, -10);
    assert.deepEqual(withoutMetadata(cut), cut);
  });

  test('a JPEG not turned keeps no EXIF at all; one turned keeps only its orientation', async () => {
    assert.equal(latin1(withoutMetadata(fixture('gps.jpg'))!).includes('Exif'), false);
    const turned = withoutMetadata(fixture('phone.jpg'))!;
    assert.deepEqual(await exifr.parse(turned, { translateValues: false }), { Orientation: 6 });
  });

  test('a WebP loses its EXIF and XMP chunks and the flags that announced them; its size is told right', async () => {
    const original = fixture('gps.webp');
    const stripped = withoutMetadata(original)!;
    const view = new DataView(stripped.buffer);
    assert.equal(view.getUint32(4, true), stripped.length - 8);
    assert.doesNotMatch(latin1(stripped), /EXIF|XMP /);
    assert.equal(stripped[20] & 0x0c, 0, 'VP8X no longer says EXIF or XMP');
    assert.deepEqual(await identifyingMetadata(stripped, 'a.webp'), []);
    const frame = (bytes: Uint8Array) => latin1(bytes).slice(latin1(bytes).indexOf('VP8 '));
    assert.ok(frame(original).startsWith(frame(stripped)), 'the frame is the same');
  });

  test('a BMP is as it was; what is not an image, or is cut short in its headers, is null', () => {
    const bmp = new Uint8Array([0x42, 0x4d, 1, 2, 3]);
    assert.equal(withoutMetadata(bmp), bmp);
    assert.equal(withoutMetadata(new TextEncoder().encode('hello')), null);
    assert.equal(withoutMetadata(fixture('phone.jpg').subarray(0, 30)), null);
    assert.equal(withoutMetadata(fixture('owner.png').subarray(0, 40)), null);
  });

  test('random bytes behind each signature give bytes or null, never a throw', () => {
    const heads = ['phone.jpg', 'owner.png', 'gps.webp', 'owner.gif'].map((name) => fixture(name).subarray(0, 24));
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 300 }), (head, tail) => {
        const out = withoutMetadata(new Uint8Array([...head, ...tail]));
        assert.ok(out === null || out instanceof Uint8Array);
      }),
      { numRuns: 400 },
    );
  });
});
