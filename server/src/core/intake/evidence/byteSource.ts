/** A file read at offsets: a file handle on Node, the client's reads in a browser. */
export interface ByteSource {
  size: number;
  /** The bytes of [start, end). */
  read: (start: number, end: number) => Promise<Uint8Array>;
}
