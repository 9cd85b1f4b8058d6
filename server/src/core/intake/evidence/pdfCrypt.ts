/**
 * A PDF protected by an owner (permissions) password only opens without a password: its strings are
 * encrypted with a key the standard security handler derives from the empty user password (ISO 32000-2,
 * 7.6.4). That key is derived here, for RC4 (revisions 2 and 3), AES-128 (4) and AES-256 (5 and 6), so
 * that the Info dictionary's strings are read as any reader shows them. A file whose user password is not
 * empty (it asks for one to open) gives no key. MD5 and RC4 are here; SHA-2 and AES are the platform's
 * Web Crypto.
 */
import { stringAfter } from './pdfStrings';

/**
 * Decrypts one string (or, given `stream`, one stream's data) of the object numbered `object` (generation
 * `generation`).
 */
export type PdfStringDecryptor = (
  data: Uint8Array,
  object: number,
  generation: number,
  kind?: 'string' | 'stream',
) => Promise<Uint8Array>;

/** How a crypt filter (7.6.6) encrypts: not at all (`Identity`, `/CFM /None`), with RC4, AES-128 or AES-256. */
type Method = 'none' | 'rc4' | 'aes' | 'aes256';

/** The padding string of the standard security handler (7.6.4.3.2, step a). */
const PAD = Uint8Array.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a'.match(/../g) ?? [],
  (hex) => Number.parseInt(hex, 16),
);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);
const littleEndian = (value: number, bytes: number) =>
  Uint8Array.from({ length: bytes }, (_, i) => (value >> (8 * i)) & 0xff);

/**
 * How strings and streams are encrypted: before version 4, with RC4; from it, by the crypt filter `/StrF` and
 * `/StmF` name (`Identity`, their default, leaves the data as written; another is looked up in `/CF`).
 */
function methods(encrypt: string, version: number): Record<'string' | 'stream', Method> {
  const of = (key: string): Method => {
    if (version < 4) return 'rc4';
    const name = new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(encrypt)?.[1] ?? 'Identity';
    if (name === 'Identity') return 'none';
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const filter = new RegExp(`/${escaped}\\s*<<([^>]*)>>`).exec(encrypt)?.[1] ?? '';
    const method = /\/CFM\s*\/(\w+)/.exec(filter)?.[1];
    return method === 'AESV2' ? 'aes' : method === 'AESV3' ? 'aes256' : method === 'V2' ? 'rc4' : 'none';
  };
  return { string: of('StrF'), stream: of('StmF') };
}

/** The decryptor of a PDF whose Encrypt dictionary is `encrypt`, with `id` its first file identifier. */
export async function pdfDecryptor(encrypt: string, id: Uint8Array): Promise<PdfStringDecryptor | null> {
  if (!/\/Filter\s*\/Standard\b/.test(encrypt)) return null;
  const number = (key: string) => Number(new RegExp(`/${key}\\s+(-?\\d+)`).exec(encrypt)?.[1] ?? Number.NaN);
  const revision = number('R');
  const owner = stringAfter(encrypt, '/O');
  const user = stringAfter(encrypt, '/U');
  if (!owner || !user) return null;
  const method = methods(encrypt, number('V') || (revision >= 4 ? revision : 1));
  const decrypt =
    (run: (data: Uint8Array, object: number, generation: number, method: Method) => Promise<Uint8Array>) =>
    async (data: Uint8Array, object: number, generation: number, kind: 'string' | 'stream' = 'string') =>
      method[kind] === 'none' ? data : run(data, object, generation, method[kind]);
  if (revision === 5 || revision === 6) {
    const key = await aes256Key(revision, user, stringAfter(encrypt, '/UE'));
    return key && decrypt((data) => aesDecrypt(key, data));
  }
  if (revision < 2 || revision > 4) return null;
  // Revision 4's key is 128 bits (its crypt filter's /Length, in bytes, may come first).
  const length = revision === 2 ? 5 : revision === 4 ? 16 : (number('Length') || 40) / 8;
  const metadataPlain = revision === 4 && /\/EncryptMetadata\s+false/.test(encrypt);
  const input = concat(PAD, owner.subarray(0, 32), littleEndian(number('P'), 4), id);
  let key = md5(metadataPlain ? concat(input, Uint8Array.of(255, 255, 255, 255)) : input).subarray(0, length);
  if (revision >= 3) for (let i = 0; i < 50; i++) key = md5(key).subarray(0, length);
  if (!userKeyOpens(key, revision, user, id)) return null;
  return decrypt((data, object, generation, kind) => {
    const aes = kind === 'aes';
    const salt = aes ? Uint8Array.of(0x73, 0x41, 0x6c, 0x54) : new Uint8Array(0);
    const objectKey = md5(concat(key, littleEndian(object, 3), littleEndian(generation, 2), salt));
    const cut = objectKey.subarray(0, Math.min(key.length + 5, 16));
    return aes ? aesDecrypt(cut, data) : Promise.resolve(rc4(cut, data));
  });
}

/** Whether the key derived from the empty password opens the file (7.6.4.4.4 and 7.6.4.4.5: the U entry). */
function userKeyOpens(key: Uint8Array, revision: number, user: Uint8Array, id: Uint8Array): boolean {
  if (revision === 2) return equal(rc4(key, PAD), user.subarray(0, 32));
  let check = rc4(key, md5(concat(PAD, id)));
  for (let i = 1; i <= 19; i++)
    check = rc4(
      key.map((byte) => byte ^ i),
      check,
    );
  return equal(check, user.subarray(0, 16));
}

/** AES-256's file key from the empty password: its hash checked against U, then UE decrypted (7.6.4.3.3). */
async function aes256Key(revision: number, user: Uint8Array, userKey: Uint8Array | null): Promise<Uint8Array | null> {
  if (user.length < 48 || !userKey || userKey.length < 32) return null;
  const hash = (salt: Uint8Array) => (revision === 5 ? sha('SHA-256', salt) : hardenedHash(salt));
  if (!equal(await hash(user.subarray(32, 40)), user.subarray(0, 32))) return null;
  const intermediate = await hash(user.subarray(40, 48));
  return cbcDecryptUnpadded(intermediate, new Uint8Array(16), userKey.subarray(0, 32));
}

const subtle = () => globalThis.crypto.subtle;
const sha = async (name: string, data: Uint8Array) => new Uint8Array(await subtle().digest(name, data));
const aesKey = (key: Uint8Array, use: 'encrypt' | 'decrypt') => subtle().importKey('raw', key, 'AES-CBC', false, [use]);

/** Revision 6's hash of the empty password (algorithm 2.B): rounds of AES-128 and SHA-2 until its end test. */
async function hardenedHash(salt: Uint8Array): Promise<Uint8Array> {
  let hash = await sha('SHA-256', salt);
  for (let round = 0; ; round++) {
    const block = new Uint8Array(64 * hash.length);
    for (let i = 0; i < 64; i++) block.set(hash, i * hash.length);
    const key = await aesKey(hash.subarray(0, 16), 'encrypt');
    const iv = hash.subarray(16, 32);
    // Web Crypto pads: the blocks of the unpadded data come first.
    const encrypted = new Uint8Array(await subtle().encrypt({ name: 'AES-CBC', iv }, key, block)).subarray(
      0,
      block.length,
    );
    const sum = encrypted.subarray(0, 16).reduce((total, byte) => total + byte, 0) % 3;
    hash = await sha(['SHA-256', 'SHA-384', 'SHA-512'][sum], encrypted);
    if (round >= 63 && encrypted[encrypted.length - 1] <= round + 1 - 32) return hash.subarray(0, 32);
  }
}

/** A string encrypted with AES in CBC mode: its first 16 bytes are the IV, its end padded as PKCS #7 says. */
async function aesDecrypt(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  if (data.length < 32 || data.length % 16) return new Uint8Array(0);
  const plain = await subtle().decrypt(
    { name: 'AES-CBC', iv: data.subarray(0, 16) },
    await aesKey(key, 'decrypt'),
    data.subarray(16),
  );
  return new Uint8Array(plain);
}

/** CBC decryption of whole blocks with no padding: a padding block, encrypted after them, is what Web Crypto checks. */
async function cbcDecryptUnpadded(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const last = data.subarray(data.length - 16);
  const pad = await subtle().encrypt(
    { name: 'AES-CBC', iv: last },
    await aesKey(key, 'encrypt'),
    new Uint8Array(16).fill(16),
  );
  const plain = await subtle().decrypt(
    { name: 'AES-CBC', iv },
    await aesKey(key, 'decrypt'),
    concat(data, new Uint8Array(pad).subarray(0, 16)),
  );
  return new Uint8Array(plain);
}

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i] + key[i % key.length]) & 0xff;
    [state[i], state[j]] = [state[j], state[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]) & 0xff;
    [state[i], state[j]] = [state[j], state[i]];
    out[n] = data[n] ^ state[(state[i] + state[j]) & 0xff];
  }
  return out;
}

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const SINES = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** MD5 (RFC 1321), which the RC4 and AES-128 handlers derive their keys with. */
export function md5(data: Uint8Array): Uint8Array {
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, (data.length * 8) >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(data.length / 2 ** 29), true);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < padded.length; block += 64) {
    let [a, b, c, d] = state;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const f = [(b & c) | (~b & d), (d & b) | (~d & c), b ^ c ^ d, c ^ (b | ~d)][round];
      const g = [i, (5 * i + 1) & 15, (3 * i + 5) & 15, (7 * i) & 15][round];
      const sum = (a + f + SINES[i] + view.getUint32(block + g * 4, true)) | 0;
      const shift = SHIFTS[round * 4 + (i & 3)];
      [a, d, c] = [d, c, b];
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state.forEach((value, i) => {
      state[i] = (value + [a, b, c, d][i]) | 0;
    });
  }
  const out = new DataView(new ArrayBuffer(16));
  state.forEach((value, i) => out.setUint32(i * 4, value, true));
  return new Uint8Array(out.buffer);
}
