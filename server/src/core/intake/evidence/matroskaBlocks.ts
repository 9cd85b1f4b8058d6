/**
 * The length of a WebM/Matroska file that does not write it: a browser's MediaRecorder gives no
 * Duration, no Cues, and clusters of unknown size, so the length is the last block's time. The
 * elements' headers are hopped over (a block's header and timecode read, its data skipped), a
 * megabyte read at a time; mediabunny, which would build each block, takes seconds on such a file.
 */
import type { ByteSource } from './byteSource';

const ID = {
  segment: 0x18538067,
  info: 0x1549a966,
  timestampScale: 0x2ad7b1,
  cluster: 0x1f43b675,
  timestamp: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
};
const READ_BYTES = 1024 * 1024;
/** The largest element header: a 4-byte ID and an 8-byte size. */
const HEADER_BYTES = 12;

interface Header {
  id: number;
  /** Null for an unknown size. */
  size: number | null;
  length: number;
}

/** An EBML variable-length number at `at`: its value (null when all ones: unknown) and its length. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number | null; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { value: !keepMarker && allOnes ? null : value, length };
}

function headerAt(bytes: Uint8Array, at: number): Header | null {
  const id = vint(bytes, at, true);
  const size = id && id.length <= 4 ? vint(bytes, at + id.length, false) : null;
  if (!id || !size || id.value === null) return null;
  return { id: id.value, size: size.value, length: id.length + size.length };
}

const uint = (bytes: Uint8Array, at: number, size: number) =>
  bytes.subarray(at, at + size).reduce((value, byte) => value * 256 + byte, 0);

/** The file read forwards a megabyte at a time: the bytes from an offset, at least `need` of them where there are. */
function reader(source: ByteSource) {
  let chunk: Uint8Array = new Uint8Array(0);
  let start = 0;
  return async (at: number, need: number) => {
    const atEnd = start + chunk.length >= source.size;
    if (at < start || (at + need > start + chunk.length && !atEnd)) {
      chunk = await source.read(at, Math.min(source.size, at + Math.max(READ_BYTES, need)));
      start = at;
    }
    return { bytes: chunk, offset: at - start };
  };
}

interface Walk {
  scale: number;
  /** The last block's time, in the segment's units; null when no block was met. */
  last: number | null;
  /** Where the first cluster starts, when the walk stopped there. */
  firstCluster: number | null;
}

/**
 * The elements from `at` on, to the end of the file (or to the first cluster, with `toFirstCluster`). Only the
 * containers holding what is read are entered, all else hopped over; an element of unknown size (a cluster) is
 * entered too, and the next cluster's header, met among its children, simply follows on.
 */
async function walk(read: ReturnType<typeof reader>, size: number, from: number, toFirstCluster: boolean, scale = 1e6) {
  const found: Walk = { scale, last: null, firstCluster: null };
  let cluster = 0;
  const entered = new Set([ID.segment, ID.info, ID.cluster, ID.blockGroup]);
  for (let at = from; at < size; ) {
    const { bytes, offset } = await read(at, HEADER_BYTES + 8);
    const header = headerAt(bytes, offset);
    if (!header) break;
    if (header.id === ID.cluster && toFirstCluster) return { ...found, firstCluster: at };
    const body = offset + header.length;
    if (header.id === ID.timestampScale && header.size)
      found.scale = uint(bytes, body, Math.min(header.size, 8)) || scale;
    else if (header.id === ID.timestamp && header.size) cluster = uint(bytes, body, Math.min(header.size, 8));
    else if ((header.id === ID.simpleBlock || header.id === ID.block) && header.size) {
      const track = vint(bytes, body, false);
      if (track && body + track.length + 2 <= bytes.length) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        found.last = Math.max(found.last ?? 0, cluster + view.getInt16(body + track.length));
      }
    }
    if (entered.has(header.id) || header.size === null) at += header.length;
    else at += header.length + header.size;
  }
  return found;
}

/** A file larger than this is not walked block by block from its start: its last cluster is looked for at its end. */
const TAIL_SEARCH_FROM = 4 * 1024 * 1024;
/** The ends of the file searched for the last cluster's start, one after the other. */
const TAIL_WINDOWS = [2 * 1024 * 1024, 16 * 1024 * 1024];
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];

/**
 * Where the last cluster starts, searched in the file's last megabytes (not before `from`): its ID, then its
 * Timestamp (after a CRC-32 element, if any); null when none is found there.
 */
async function lastClusterNearEnd(source: ByteSource, from: number): Promise<number | null> {
  for (const window of TAIL_WINDOWS) {
    const start = Math.max(from, source.size - window);
    const bytes = await source.read(start, source.size);
    for (
      let at = bytes.lastIndexOf(CLUSTER_ID[0]);
      at >= 0;
      at = at > 0 ? bytes.lastIndexOf(CLUSTER_ID[0], at - 1) : -1
    ) {
      if (!CLUSTER_ID.every((byte, i) => bytes[at + i] === byte)) continue;
      const cluster = headerAt(bytes, at);
      let child = cluster && cluster.id === ID.cluster ? headerAt(bytes, at + cluster.length) : null;
      if (child?.id === 0xbf && child.size === 4) child = headerAt(bytes, at + cluster!.length + child.length + 4);
      if (child?.id === ID.timestamp && child.size && child.size <= 8) return start + at;
    }
    if (start === from) break;
  }
  return null;
}

/**
 * The end of the last block in seconds; null when no block is found (or the file is no Matroska). A large
 * file's last cluster is found from its end (a long recording is not read through); a small file, or one
 * whose end has no cluster to be found, is walked from its first cluster.
 */
export async function matroskaBlocksSeconds(source: ByteSource): Promise<number | null> {
  const read = reader(source);
  const large = source.size > TAIL_SEARCH_FROM;
  const head = await walk(read, source.size, 0, large);
  let found: Walk = head;
  if (head.firstCluster !== null) {
    const last = await lastClusterNearEnd(source, head.firstCluster);
    const tail = last === null ? null : await walk(read, source.size, last, false, head.scale);
    found = tail?.last != null ? tail : await walk(read, source.size, head.firstCluster, false, head.scale);
  }
  return found.last === null ? null : (found.last * found.scale) / 1e9;
}
