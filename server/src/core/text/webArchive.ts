/**
 * Safari's Web Archive (.webarchive, what Safari saves a page as by default): a binary property list whose
 * main resource holds the page's bytes and the name of their encoding. Read with no imports, as
 * htmlEncoding.ts is (the client reads a page with it too).
 */

/** The page a web archive holds, with its encoding's name; null for anything else. */
export function webArchivePage(bytes: Uint8Array): { bytes: Uint8Array; encoding: string | null } | null {
  if (bytes.length < 40 || String.fromCharCode(...bytes.subarray(0, 8)) !== 'bplist00') return null;
  try {
    const list = new PropertyList(bytes);
    const main = list.value(list.top);
    const resource = main instanceof Map ? main.get('WebMainResource') : null;
    if (!(resource instanceof Map)) return null;
    const data = resource.get('WebResourceData');
    const encoding = resource.get('WebResourceTextEncodingName');
    return data instanceof Uint8Array
      ? { bytes: data, encoding: typeof encoding === 'string' ? encoding : null }
      : null;
  } catch {
    return null;
  }
}

type Value = string | number | boolean | null | Uint8Array | Value[] | Map<string, Value>;

/**
 * A binary property list (Apple's bplist00): its trailer, offset table and objects, read as asked. A
 * reference or offset outside the file, or objects nested too deep, throws (and the file is no archive).
 */
class PropertyList {
  private readonly view: DataView;
  private readonly offsetSize: number;
  private readonly refSize: number;
  private readonly count: number;
  private readonly table: number;
  readonly top: number;
  private depth = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const trailer = bytes.length - 32;
    this.offsetSize = bytes[trailer + 6];
    this.refSize = bytes[trailer + 7];
    this.count = this.int(trailer + 8, 8);
    this.top = this.int(trailer + 16, 8);
    this.table = this.int(trailer + 24, 8);
  }

  value(ref: number): Value {
    if (ref >= this.count || ++this.depth > 64) throw new RangeError();
    try {
      return this.object(this.int(this.table + ref * this.offsetSize, this.offsetSize));
    } finally {
      this.depth--;
    }
  }

  private object(at: number): Value {
    const marker = this.bytes[at];
    const [kind, info] = [marker >> 4, marker & 0xf];
    if (kind === 0) return info === 9 ? true : info === 8 ? false : null;
    if (kind === 1) return this.int(at + 1, 1 << info);
    const { length, start } = this.sized(at, info);
    if (kind === 4) return this.bytes.slice(start, start + length);
    if (kind === 5) return String.fromCharCode(...this.bytes.subarray(start, start + length));
    if (kind === 6) return new TextDecoder('utf-16be').decode(this.bytes.subarray(start, start + length * 2));
    const refs = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => this.int(from + i * this.refSize, this.refSize));
    if (kind === 0xa) return refs(start, length).map((ref) => this.value(ref));
    if (kind !== 0xd) return null;
    const keys = refs(start, length);
    const values = refs(start + length * this.refSize, length);
    return new Map(keys.map((key, i) => [String(this.value(key)), this.value(values[i])]));
  }

  /** An object's length (in its marker, or an integer after it when the marker says 15) and where it starts. */
  private sized(at: number, info: number): { length: number; start: number } {
    if (info !== 0xf) return { length: info, start: at + 1 };
    const size = 1 << (this.bytes[at + 1] & 0xf);
    return { length: this.int(at + 2, size), start: at + 2 + size };
  }

  /** A big-endian unsigned integer of 1 to 8 bytes (within what a page's size needs). */
  private int(at: number, size: number): number {
    if (at < 0 || at + size > this.bytes.length) throw new RangeError();
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.view.getUint8(at + i);
    return value;
  }
}
