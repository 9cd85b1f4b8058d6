/** As much of a zlib stream as inflates to `max` bytes, fed a little at a time so a bomb stops early. */

import { Unzlib } from 'fflate';

// A kilobyte inflates to a megabyte at most: a bomb stops near its bound.
const PUSH_BYTES = 1024;

/**
 * Feeds `data` to an inflater until `max` bytes came out or the data ends; false when the data is damaged.
 * `complete`: the data is the whole stream (its end is read as the end); else it may stop anywhere.
 */
function inflateInto(data: Uint8Array, max: number, complete: boolean, take: (chunk: Uint8Array) => void): boolean {
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    take(chunk.subarray(0, Math.max(0, max - total)));
    total += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && total < max; at += PUSH_BYTES)
      inflater.push(data.subarray(at, at + PUSH_BYTES), complete && at + PUSH_BYTES >= data.length);
    return true;
  } catch {
    return false;
  }
}

/** What `data` inflates to, cut at `max` bytes; a damaged stream gives what inflated before the damage. */
export function inflateBounded(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflateInto(data, max, true, (chunk) => chunks.push(chunk));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Whether `data` is zlib data: it inflates without an error, to its end or to `max` bytes. A stream cut
 * short, or followed by a byte or two more, is not damaged data.
 */
export function inflatesCleanly(data: Uint8Array, max: number): boolean {
  return inflateInto(data, max, false, () => undefined);
}
