/**
 * What a linked file's metadata says that would identify the writer: photos (JPEG, PNG, WebP,
 * HEIC) with a GPS position or a name in their fields, Word, OpenDocument and PDF documents with an
 * author. Each reader both ways, on files made by exiftool (test/fixtures/media/photos/make-photos.sh);
 * and never a throw, never a byte read beyond those given.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Document, Packer, Paragraph } from 'docx';
import { build } from 'esbuild';
import fc from 'fast-check';
import { zipSync, zlibSync } from 'fflate';
import { bytesSource, identifyingMetadata, readEvidence } from '../../server/src/core';
import { readInChild } from '../helpers/childRead';

const PHOTOS = join(__dirname, '../fixtures/media/photos');
const fixture = (name: string) => new Uint8Array(readFileSync(join(PHOTOS, name)));
const read = (name: string) => identifyingMetadata(fixture(name), name);

const GPS = [{ field: 'GPS position', value: '40.7128, -74.0060' }];
const OWNER = [
  { field: 'Artist', value: 'Maria Rivera' },
  { field: 'Copyright', value: '(c) Maria Rivera' },
  { field: 'OwnerName', value: 'M. Rivera' },
];

describe('photos', () => {
  for (const type of ['jpg', 'png', 'webp', 'heic']) {
    test(`a ${type} with a GPS position gives it, rounded to about 11 metres`, async () => {
      assert.deepEqual(await read(`gps.${type}`), GPS);
    });
    test(`a ${type} with Artist, Copyright and OwnerName gives each with what it holds`, async () => {
      assert.deepEqual(await read(`owner.${type}`), OWNER);
    });
    test(`a ${type} without metadata gives nothing`, async () => {
      assert.deepEqual(await read(`clean.${type}`), []);
    });
  }

  test("XMP's CameraOwnerName, and a name written in EXIF, XMP and IPTC alike given once", async () => {
    assert.deepEqual(await read('xmp-owner.jpg'), [{ field: 'CameraOwnerName', value: 'Maria Rivera' }]);
    assert.deepEqual(await read('phone.jpg'), [...GPS, { field: 'Artist', value: 'Maria Rivera' }]);
  });

  for (const type of ['jpg', 'webp', 'png'])
    test(`a ${type} whose position and creator are written only in XMP gives them`, async () => {
      assert.deepEqual(await read(`xmp-gps.${type}`), [...GPS, { field: 'Artist', value: 'Maria Rivera' }]);
    });

  test("a HEIC whose Exif item starts at its TIFF header (libheif's), not after Apple's Exif\\0\\0", async () => {
    assert.deepEqual(await read('gps-libheif.heic'), GPS);
  });

  test("a HEIC's position and creator in its XMP item (exiftool's), with no EXIF", async () => {
    assert.deepEqual(await read('xmp-gps.heic'), [...GPS, { field: 'Artist', value: 'Maria Rivera' }]);
  });

  test('XMP attributes (Lightroom), a PNG eXIf after the image data, a WebP EXIF after Exif\\0\\0', async () => {
    assert.deepEqual(await read('xmp-attributes.jpg'), [...GPS, { field: 'Artist', value: 'Maria Rivera' }]);
    assert.deepEqual(await read('exif-late.png'), GPS);
    assert.deepEqual(await read('exif-header.webp'), GPS);
  });

  test("XMP Rights' owner, a credit line and the creator's e-mail a photographer's software fills in", async () => {
    assert.deepEqual(await read('xmp-rights.jpg'), [
      { field: 'OwnerName', value: 'Maria Rivera' },
      { field: 'Credit', value: 'Maria Rivera' },
      { field: 'Creator e-mail', value: 'maria@school.org' },
    ]);
  });

  test("the caption's writer, the creator's work phone and address a photographer's software fills in", async () => {
    assert.deepEqual(await read('caption-writer.jpg'), [
      { field: 'Caption writer', value: 'Maria Rivera' },
      { field: 'Caption writer', value: 'M. Rivera' },
      { field: 'Creator phone', value: '+1 555 010 2030' },
      { field: 'Creator address', value: '12 Oak Street, Springfield' },
    ]);
  });

  test("Windows' Authors (EXIF XPAuthor, written from a photo's Properties) is its artist", async () => {
    assert.deepEqual(await read('windows-authors.jpg'), [{ field: 'Artist', value: 'Maria Rivera' }]);
  });

  test("a drone's position in DJI's XMP (signed attributes, the longitude spelled GpsLongtitude)", async () => {
    assert.deepEqual(await read('dji.jpg'), GPS);
  });

  test("the place names of IPTC (city, sub-location) and of IPTC's XMP (LocationCreated, LocationShown)", async () => {
    assert.deepEqual(await read('iptc-place.jpg'), [
      { field: 'Location', value: 'Lincoln Elementary, Springfield, USA' },
    ]);
    // The same city shown, as Photoshop's City and in LocationCreated with its sub-location, is one place.
    assert.deepEqual(await read('xmp-place.webp'), [{ field: 'Location', value: 'Lincoln Elementary, Springfield' }]);
  });

  test('a position in a little-endian EXIF (as many phones write it) as in a big-endian one', async () => {
    assert.deepEqual(await read('gps-intel.jpg'), GPS);
  });

  // A camera without a fix writes zeros: 0, 0 is no place; a latitude of 0 with a longitude is one.
  test('a position of 0, 0 is no place; 0 latitude with a longitude is one', async () => {
    assert.deepEqual(await read('gps-null-island.jpg'), []);
    const { gpsPosition } = await import('../../server/src/core/intake/evidence/photoMetadata');
    assert.equal(gpsPosition(0, -78.4678), '0.0000, -78.4678');
    assert.equal(gpsPosition(51.4779, 0), '51.4779, 0.0000');
  });

  test("a GIF's XMP creator (GIF has no EXIF); an animated GIF without metadata gives nothing", async () => {
    assert.deepEqual(await read('owner.gif'), [{ field: 'Artist', value: 'Maria Rivera' }]);
    assert.deepEqual(await read('animated.gif'), []);
  });

  test("an SVG's creator and rights in its metadata, as Inkscape writes them; a plain SVG gives nothing", async () => {
    assert.deepEqual(await read('inkscape.svg'), [
      { field: 'Artist', value: 'Maria Rivera' },
      { field: 'Copyright', value: 'Lincoln Elementary & PTA' },
    ]);
    assert.deepEqual(await read('clean.svg'), []);
    const linked = await readEvidence(bytesSource(fixture('inkscape.svg')), 'poster.svg');
    assert.deepEqual(linked.metadata?.[0], { field: 'Artist', value: 'Maria Rivera' });
  });

  test("a large SVG (a traced photo's paths) is read only at its head, where its metadata is", async () => {
    const svg = new TextDecoder().decode(fixture('inkscape.svg'));
    const paths = '<path d="M0 0 L1 1"/>\n'.repeat(200_000);
    const bytes = new TextEncoder().encode(svg.replace('</svg>', `${paths}</svg>`));
    let asked = 0;
    const source = {
      size: bytes.length,
      read: async (start: number, end: number) => {
        asked += end - start;
        return bytes.subarray(start, end);
      },
    };
    const found = await readEvidence(source, 'poster.svg');
    assert.deepEqual(found.metadata?.[0], { field: 'Artist', value: 'Maria Rivera' });
    assert.ok(asked <= 1024 * 1024, `${asked} bytes read of ${bytes.length}`);
  });

  test("a PNG's Author in a tEXt chunk and in an iTXt chunk", async () => {
    const author = [{ field: 'Author', value: 'Maria Rivera' }];
    assert.deepEqual(await read('author-text.png'), author);
    assert.deepEqual(await read('author-itxt.png'), author);
  });

  test('what ImageMagick keeps of a photo it writes as a PNG: the creator in a raw XMP profile', async () => {
    // phone.jpg converted: its position in an eXIf chunk, its creator only in `Raw profile type xmp` (zTXt).
    assert.deepEqual(await read('imagemagick.png'), [...GPS, { field: 'Artist', value: 'Maria Rivera' }]);
    // ImageMagick's older form: the EXIF only in a `Raw profile type exif` text chunk, in hex.
    assert.deepEqual(await read('raw-exif.png'), GPS);
  });

  test('the content decides, not the name: a JPEG named .png is read as the JPEG it is', async () => {
    assert.deepEqual(await identifyingMetadata(fixture('gps.jpg'), 'photo.png'), GPS);
  });

  test('only the bytes given are read: a view that ends before the GPS position finds none', async () => {
    const whole = fixture('gps.jpg');
    const padded = new Uint8Array(whole.length + 100);
    padded.set(whole, 100);
    assert.deepEqual(await identifyingMetadata(padded.subarray(100), 'gps.jpg'), GPS);
    // The EXIF segment, right after the JPEG's first two bytes, holds the position.
    const exifEnd = 4 + ((whole[4] << 8) | whole[5]);
    for (const cut of [2, 20, exifEnd - 1])
      assert.deepEqual(await identifyingMetadata(padded.subarray(100, 100 + cut), 'gps.jpg'), [], `cut at ${cut}`);
  });
});

async function wordDocument(creator: string, lastModifiedBy: string): Promise<Uint8Array> {
  const document = new Document({ creator, lastModifiedBy, sections: [{ children: [new Paragraph('Hello')] }] });
  return Packer.pack(document, 'uint8array');
}

/** An OpenDocument text whose meta.xml holds these elements. */
function openDocument(meta: string): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:' +
    'xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>${meta}</office:meta></office:document-meta>`;
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync({ mimetype: encode('application/vnd.oasis.opendocument.text'), 'meta.xml': encode(xml) });
}

describe('Word and OpenDocument documents', () => {
  for (const type of ['docx', 'pptx', 'xlsx'])
    test(`a linked .${type} is read for the author its docProps/core.xml names`, async () => {
      const read = await readEvidence(bytesSource(fixture(`author.${type}`)), `plan.${type}`);
      const found = read.metadata?.map((field) => `${field.field}: ${field.value}`);
      assert.deepEqual(found, [
        'Author: Maria Rivera',
        // The workbook's last editor; the presentation's is "Microsoft Office User", which names no one.
        ...(type === 'xlsx' ? ['Last modified by: M. Rivera'] : []),
      ]);
    });

  test("a linked .docx's tracked changes and comments: the names they are signed with, as a Word draft's", async () => {
    const read = await readEvidence(bytesSource(fixture('changes.docx')), 'plan.docx');
    assert.deepEqual(read.metadata, [
      { field: 'Author', value: 'Maria Rivera' },
      { field: 'Last modified by', value: 'Jo Rivera' },
      { field: 'tracked-changes', value: 'Maria Rivera' },
      { field: 'tracked-changes', value: "J. O'Neil" },
      { field: 'comments', value: 'Maria Rivera' },
    ]);
  });

  test("a linked .docx's tracked changes in a footnote, an endnote or a header are signed as the body's", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const change = (kind: string, author: string) =>
      encode(
        `<w:p><w:${kind} w:id="1" w:author="${author}" w:date="2024-03-01T00:00:00Z">` +
          `<w:r><w:t>x</w:t></w:r></w:${kind}></w:p>`,
      );
    const bytes = zipSync({
      'word/document.xml': encode('<w:document><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>'),
      'word/footnotes.xml': change('ins', 'Maria Rivera'),
      'word/endnotes.xml': change('del', 'Jo Rivera'),
      'word/header2.xml': change('ins', 'M. Rivera'),
    });
    assert.deepEqual((await identifyingMetadata(bytes, 'plan.docx')).map((field) => field.value).sort(), [
      'Jo Rivera',
      'M. Rivera',
      'Maria Rivera',
    ]);
  });

  test("a linked .pptx's comment authors, classic and modern", async () => {
    const read = await readEvidence(bytesSource(fixture('comments.pptx')), 'slides.pptx');
    assert.deepEqual(read.metadata?.at(-1), { field: 'comments', value: 'Maria Rivera' });
    const encode = (text: string) => new TextEncoder().encode(text);
    const modern = zipSync({
      'ppt/authors.xml': encode(
        '<p188:authorLst><p188:author id="{1}" name="Jo Rivera" initials="JR"/></p188:authorLst>',
      ),
    });
    assert.deepEqual(await identifyingMetadata(modern, 'slides.pptx'), [{ field: 'comments', value: 'Jo Rivera' }]);
  });

  test("a workbook's comment authors, an OpenDocument file's change and annotation creators", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const workbook = zipSync({
      'xl/comments1.xml': encode('<comments><authors><author>Maria Rivera</author></authors></comments>'),
    });
    assert.deepEqual(await identifyingMetadata(workbook, 'data.xlsx'), [{ field: 'comments', value: 'Maria Rivera' }]);
    // Excel 365's threaded comments: the legacy copy is signed with the thread's id, the names are in its persons.
    const threaded = zipSync({
      'xl/comments1.xml': encode('<comments><authors><author>tc={6F0A1C2B-3D4E-4F50-8A9B-0C1D2E3F4A5B}</author>'),
      'xl/persons/person.xml': encode(
        '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
          '<person displayName="Maria Rivera" id="{1A2B}" userId="maria@school.org" providerId="AD"/></personList>',
      ),
    });
    assert.deepEqual(await identifyingMetadata(threaded, 'data.xlsx'), [{ field: 'comments', value: 'Maria Rivera' }]);
    const content =
      '<office:document-content><text:tracked-changes><text:changed-region><text:insertion><office:change-info>' +
      '<dc:creator>Maria Rivera</dc:creator><dc:date>2024-03-01</dc:date></office:change-info></text:insertion>' +
      '</text:changed-region></text:tracked-changes><text:p>Plan<office:annotation office:name="c1">' +
      '<dc:creator>Jo Rivera</dc:creator><text:p>Check</text:p></office:annotation></text:p></office:document-content>';
    assert.deepEqual(await identifyingMetadata(zipSync({ 'content.xml': encode(content) }), 'plan.odt'), [
      { field: 'tracked-changes', value: 'Maria Rivera' },
      { field: 'comments', value: 'Jo Rivera' },
    ]);
  });

  test('the author and last-modified-by of docProps/core.xml, with what each holds', async () => {
    const bytes = await wordDocument('Maria Rivera', 'M. Rivera & Co');
    assert.deepEqual(await identifyingMetadata(bytes, 'plan.docx'), [
      { field: 'Author', value: 'Maria Rivera' },
      { field: 'Last modified by', value: 'M. Rivera & Co' },
    ]);
  });

  test('blank fields, and the names programs write when they know none, are no findings', async () => {
    assert.deepEqual(await identifyingMetadata(await wordDocument('', '   '), 'plan.docx'), []);
    assert.deepEqual(await identifyingMetadata(await wordDocument('Un-named', 'Microsoft Office User'), 'a.docx'), []);
  });

  test("an OpenDocument file's initial creator and last editor", async () => {
    const meta = '<meta:initial-creator>Maria Rivera</meta:initial-creator><dc:creator>Jo Rivera</dc:creator>';
    assert.deepEqual(await identifyingMetadata(openDocument(meta), 'plan.odt'), [
      { field: 'Author', value: 'Maria Rivera' },
      { field: 'Last modified by', value: 'Jo Rivera' },
    ]);
    assert.deepEqual(
      await identifyingMetadata(openDocument('<meta:generator>LibreOffice</meta:generator>'), 'a.odt'),
      [],
    );
  });
});

/** A PDF whose bytes are these lines, with no cross-reference table (readers rebuild it; so does the scan). */
const pdf = (...lines: string[]) => new TextEncoder().encode(['%PDF-1.7', ...lines, '%%EOF'].join('\n'));

describe('PDF documents', () => {
  test('the Author of the Info dictionary and the XMP creator, given once; a clean PDF gives nothing', async () => {
    assert.deepEqual(await read('author.pdf'), [{ field: 'Author', value: 'Maria Rivera' }]);
    assert.deepEqual(await read('clean.pdf'), []);
  });

  test('a PDF whose only author is the XMP creator: plain, and in a compressed metadata stream', async () => {
    const creator = [{ field: 'Author', value: 'Maria Rivera' }];
    assert.deepEqual(await read('xmp-only.pdf'), creator);
    assert.deepEqual(await read('xmp-compressed.pdf'), creator);
  });

  test('literal strings with escapes and nested parentheses, and UTF-16 hex strings', async () => {
    const literal = pdf('1 0 obj << /Author (Mar\\355a \\(Ms.\\) (R) Rivera) /Producer (x) >> endobj');
    assert.deepEqual(await identifyingMetadata(literal, 'a.pdf'), [
      { field: 'Author', value: 'María (Ms.) (R) Rivera' },
    ]);
    const hex = pdf('1 0 obj << /Author <FEFF004D00610072 00ED0061> >> endobj');
    assert.deepEqual(await identifyingMetadata(hex, 'a.pdf'), [{ field: 'Author', value: 'María' }]);
  });

  test('an Info dictionary inside a compressed object stream is found', async () => {
    const inner = new TextEncoder().encode('5 0 << /Author (Maria Rivera) /Creator (Writer) >>');
    const stream = zlibSync(inner);
    const head = new TextEncoder().encode(
      `%PDF-1.7\n7 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`,
    );
    const tail = new TextEncoder().encode('\nendstream\nendobj\n%%EOF\n');
    const bytes = new Uint8Array([...head, ...stream, ...tail]);
    assert.deepEqual(await identifyingMetadata(bytes, 'a.pdf'), [{ field: 'Author', value: 'Maria Rivera' }]);
  });

  test('a PDF thick with the byte its searches start with is still searched to its end', async () => {
    const bytes = pdf('/'.repeat(100_000), '1 0 obj << /Author (Maria Rivera) >> endobj');
    assert.deepEqual(await identifyingMetadata(bytes, 'a.pdf'), [{ field: 'Author', value: 'Maria Rivera' }]);
  });

  test('an encrypted PDF whose encryption cannot be read: its Info strings (ciphertext) are not read', async () => {
    const bytes = pdf('1 0 obj << /Author (\u00e7\u00f1\u0001x) >> endobj', 'trailer << /Encrypt 9 0 R /Info 1 0 R >>');
    assert.deepEqual(await identifyingMetadata(bytes, 'a.pdf'), []);
  });

  // A permissions password (Acrobat's "Restrict editing", Word's and LibreOffice's export options) encrypts the
  // strings with a key any reader derives from an empty password: the file opens, and so does its author.
  for (const handler of ['rc4-40', 'rc4-128', 'aes-128', 'aes-256'])
    test(`a PDF with an owner password only (${handler}) gives its author`, async () => {
      assert.deepEqual(await read(`owner-${handler}.pdf`), [{ field: 'Author', value: 'Maria Rivera' }]);
    });

  // The Identity crypt filter (`/StrF /Identity`) leaves strings as written, the streams encrypted or not.
  for (const handler of ['aes-128', 'aes-256'])
    test(`an owner-password PDF (${handler}) with strings left clear (Identity filter) gives its author`, async () => {
      assert.deepEqual(await read(`owner-identity-${handler}.pdf`), [{ field: 'Author', value: 'Maria Rivera' }]);
    });

  test("an owner-password PDF's author in an encrypted object stream, and only in its encrypted XMP", async () => {
    assert.deepEqual(await read('owner-object-stream.pdf'), [{ field: 'Author', value: 'Maria Rivera' }]);
    assert.deepEqual(await read('owner-xmp.pdf'), [{ field: 'Author', value: 'Maria Rivera' }]);
  });

  test('a PDF that needs a password to open is not read: its strings stay ciphertext', async () => {
    assert.deepEqual(await read('user-password.pdf'), []);
  });
});

describe('malformed and unknown files', () => {
  const names = [
    ...['gps.jpg', 'owner.png', 'gps.webp', 'gps.heic', 'author.pdf', 'owner.jpg', 'gps-libheif.heic', 'xmp-gps.heic'],
    ...[
      'xmp-attributes.jpg',
      'exif-late.png',
      'exif-header.webp',
      'changes.docx',
      'comments.pptx',
      'xmp-compressed.pdf',
      'xmp-gps.png',
      'owner.gif',
      'animated.gif',
      'inkscape.svg',
      'dji.jpg',
      'iptc-place.jpg',
      'xmp-place.webp',
      'owner-rc4-128.pdf',
      'owner-aes-128.pdf',
      'owner-aes-256.pdf',
      'owner-identity-aes-256.pdf',
      'owner-object-stream.pdf',
    ],
  ];

  test('a HEIC whose box before its meta has a length of 0 is read at once, not walked in place for ever', () => {
    // Its meta box's type and its size's last byte damaged: exifr, seeking the meta box, adds each box's length
    // to its offset until it finds one, and a length of 0 kept it where it was without yielding.
    const bytes = fixture('gps-libheif.heic').slice();
    new DataView(bytes.buffer).setUint32(31, 0);
    assert.deepEqual(readInChild(bytes, 'damaged.heic'), { metadata: [] });
  });

  test('every cut of every fixture gives a list, never a throw', async () => {
    for (const name of names) {
      const bytes = fixture(name);
      for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 97)))
        assert.ok(Array.isArray(await identifyingMetadata(bytes.subarray(0, cut), name)), `${name} cut at ${cut}`);
    }
  });

  test('random bytes behind each known signature give a list, never a throw', async () => {
    const docx = await wordDocument('Maria Rivera', '');
    const heads = [...names.map((name) => fixture(name).subarray(0, 40)), docx.subarray(0, 40)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 400 }), async (head, tail) => {
        const bytes = new Uint8Array([...head, ...tail]);
        for (const name of ['x.jpg', 'x.docx', 'x.pdf', 'x.webp', 'x.gif', 'x.svg'])
          assert.ok(Array.isArray(await identifyingMetadata(bytes, name)));
      }),
      { numRuns: 150 },
    );
  });

  test('a HEIF whose item locations claim billions of extents is read in a moment', async () => {
    const box = (type: string, body: number[]) => {
      const size = body.length + 8;
      return [size >>> 24, (size >> 16) & 255, (size >> 8) & 255, size & 255, ...Buffer.from(type), ...body];
    };
    // iloc version 0 with every offset and length 0 bytes wide: 20,000 items of 65,535 extents each.
    const items = Array.from({ length: 20_000 }, () => [0, 1, 0, 0, 255, 255]).flat();
    const meta = box('meta', [
      0,
      0,
      0,
      0,
      ...box('iinf', [0, 0, 0, 0, 0, 0]),
      ...box('iloc', [0, 0, 0, 0, 0, 0, 78, 32, ...items]),
    ]);
    const bytes = new Uint8Array([...box('ftyp', [...Buffer.from('heic'), 0, 0, 0, 0]), ...meta]);
    const started = Date.now();
    assert.deepEqual(await identifyingMetadata(bytes, 'photo.heic'), []);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });

  test('a file that is none of these gives nothing, whatever its name says', async () => {
    const bytes = new TextEncoder().encode('just some text, Author (Maria Rivera)');
    for (const name of ['notes.txt', 'photo.jpg', 'plan.docx', 'video.mp4', 'noextension'])
      assert.deepEqual(await identifyingMetadata(bytes, name), [], name);
    assert.deepEqual(await identifyingMetadata(new Uint8Array(0), 'empty.jpg'), []);
  });
});

test('the reader runs in a web worker: bundled for the browser, it reads a photo with no Node globals', async () => {
  const { noNodeBuiltins } = await import('../../scripts/build.mjs');
  const result = await build({
    stdin: {
      contents: "export { identifyingMetadata } from './server/src/core/intake/evidence';",
      resolveDir: join(__dirname, '../..'),
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'evidence',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker'],
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  const worker: Record<string, unknown> = { TextDecoder, DataView, Uint8Array, Promise, console };
  worker.self = worker;
  runInNewContext(result.outputFiles[0].text, worker);
  assert.equal(typeof worker.process, 'undefined');
  const { identifyingMetadata: inWorker } = worker.evidence as { identifyingMetadata: typeof identifyingMetadata };
  // Objects made in another realm: compared as what they hold.
  const plain = async (found: Promise<unknown>) => JSON.parse(JSON.stringify(await found));
  assert.deepEqual(await plain(inWorker(fixture('gps.heic'), 'gps.heic')), GPS);
  assert.deepEqual(await plain(inWorker(fixture('xmp-gps.webp'), 'a.webp')), await read('xmp-gps.webp'));
  assert.deepEqual(await plain(inWorker(await wordDocument('Maria Rivera', ''), 'plan.docx')), [
    { field: 'Author', value: 'Maria Rivera' },
  ]);
});
