/**
 * An AVI file's length (which mediabunny does not read): from its header list, at the file's start.
 * A stream header gives its length in its own units (frames, or audio blocks) and their rate, and
 * counts the whole file even past 1 GB (OpenDML); the main header's frame count, only the first
 * gigabyte's, is used only when no stream header can be read.
 */

const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

export const isAvi = (bytes: Uint8Array) =>
  bytes.length >= 12 && fourCC(bytes, 0) === 'RIFF' && fourCC(bytes, 8) === 'AVI ';

/** The length in seconds from the header list in these first bytes of the file; null when it is not there. */
export function aviSeconds(bytes: Uint8Array): number | null {
  if (!isAvi(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const streams: { type: string; seconds: number }[] = [];
  let mainHeader: number | null = null;
  let odmlFrames: number | null = null;
  // The header list holds stream lists and the OpenDML list, one level down; no deeper list is read.
  const walk = (from: number, to: number, depth: number) => {
    for (let at = from; at + 8 <= to; ) {
      const id = fourCC(bytes, at);
      const size = view.getUint32(at + 4, true);
      const start = at + 8;
      if (id === 'LIST' && depth < 2 && ['hdrl', 'strl', 'odml'].includes(fourCC(bytes, start)))
        walk(start + 4, Math.min(to, start + size), depth + 1);
      else if (id === 'avih' && start + 20 <= to) {
        const microseconds = view.getUint32(start, true);
        mainHeader = (view.getUint32(start + 16, true) * microseconds) / 1e6;
        if (odmlFrames !== null) mainHeader = (odmlFrames * microseconds) / 1e6;
      } else if (id === 'dmlh' && start + 4 <= to) odmlFrames = view.getUint32(start, true);
      else if (id === 'strh' && start + 36 <= to) {
        const scale = view.getUint32(start + 20, true);
        const rate = view.getUint32(start + 24, true);
        const length = view.getUint32(start + 32, true);
        if (scale > 0 && rate > 0) streams.push({ type: fourCC(bytes, start), seconds: (length * scale) / rate });
      }
      // The movie data follows the headers: nothing more to read.
      if (id === 'LIST' && fourCC(bytes, start) === 'movi') return;
      at = start + size + (size % 2);
    }
  };
  walk(12, bytes.length, 0);
  const video = streams.filter((stream) => stream.type === 'vids');
  const lengths = (video.length > 0 ? video : streams).map((stream) => stream.seconds).filter((s) => s > 0);
  if (lengths.length > 0) return Math.max(...lengths);
  return mainHeader !== null && mainHeader > 0 ? mainHeader : null;
}
