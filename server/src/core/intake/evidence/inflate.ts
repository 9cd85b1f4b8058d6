/** As much of a zlib stream as inflates to `max` bytes, fed a little at a time so a bomb stops early. */

import { Unzlib } from 'fflate';

const PUSH_BYTES = 1024;

/** What `data` inflates to, cut at `max` bytes; a damaged stream gives what inflated before the damage. */
export function inflateBounded(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    const room = Math.max(0, max - total);
    chunks.push(chunk.subarray(0, room));
    total += Math.min(room, chunk.length);
  });
  try {
    for (let at = 0; at < data.length && total < max; at += PUSH_BYTES)
      inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
  } catch {
    // A damaged stream gives what inflated before the damage.
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
