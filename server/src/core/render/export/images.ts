/**
 * The submission's images: which are local, read once each however spelled, within limits, sized to
 * fit the page, without their metadata.
 */
import { imageSize } from 'image-size';
import type { Nodes, Root } from 'mdast';
import type { MessageKey, Messages, Params } from '../../messages';
import { localPathOf } from '../../text';
import { type ExportWarning, type ImageReader, MAX_EXPORT_IMAGE_BYTES } from './exportTypes';
import { withoutMetadata } from './metadataFree';

export interface LoadedImage {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  data: Uint8Array;
  /** In pixels at 96 to the inch, as Word places it. */
  width: number;
  height: number;
}

/** What stands where an image is written: the picture, its alt text (an image not read), or nothing. */
export type ImageSlot = LoadedImage | 'alt-text' | null;

export type ImageTarget = { kind: 'remote' } | { kind: 'local'; path: string };

/** The width of text on a Letter or A4 page with one-inch margins is about 6.3 inches; images fit in 6. */
const MAX_WIDTH = 6 * 96;
/** And in 9 inches of height (Word holds no picture taller than 22 inches). */
const MAX_HEIGHT = 9 * 96;
/** Word gives up on pictures larger than this many pixels a side; an image that large is a trap, not a photo. */
const MAX_PIXELS_PER_SIDE = 20_000;

const TYPES: Record<string, LoadedImage['type']> = { png: 'png', jpg: 'jpg', gif: 'gif', bmp: 'bmp' };

export function imageTarget(url: string): ImageTarget {
  const path = localPathOf(url);
  return path === null ? { kind: 'remote' } : { kind: 'local', path: normalizePath(path) };
}

/** `./a/../b//c.png` as `b/c.png`: one spelling for each file, so each is read once. */
export function normalizePath(path: string): string {
  const leading = /^\/\/[^/]/.test(path) ? '//' : path.startsWith('/') ? '/' : '';
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !leading) out.push(segment);
  }
  return leading + out.join('/');
}

/** Reads every local image of the tree once; one that cannot or may not be read is a warning and left out. */
export async function loadImages(
  tree: Root,
  read: ImageReader,
  warnings: ExportWarning[],
  messages: Messages,
): Promise<Map<string, ImageSlot>> {
  const images = new Map<string, ImageSlot>();
  let total = 0;
  for (const node of imageNodes(tree)) {
    const target = imageTarget(node.url);
    if (target.kind !== 'local' || images.has(target.path)) continue;
    const name = target.path;
    const warn = (key: MessageKey, params: Params = {}) =>
      warnings.push({ line: node.position?.start.line ?? 0, message: messages.t(key, { name, ...params }) });
    if (total >= MAX_EXPORT_IMAGE_BYTES) {
      images.set(name, null);
      warn('export.image.tooMany', { size: megabytes(total) });
      continue;
    }
    const data = await read(name).catch(() => null);
    if (data === null) {
      images.set(name, null);
      warn('export.image.notFound');
    } else if (!(data instanceof Uint8Array)) {
      images.set(name, data.outside && node.alt ? 'alt-text' : null);
      const key = data.outside
        ? node.alt
          ? 'export.image.outsideAlt'
          : 'export.image.outside'
        : 'export.image.refused';
      warn(key, { reason: data.refused });
    } else {
      total += data.length;
      const loaded = describe(data);
      images.set(name, 'key' in loaded ? null : loaded);
      if ('key' in loaded) warn(loaded.key, loaded.params);
    }
  }
  return images;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** The image as Word places it, or why it cannot be. */
function describe(data: Uint8Array): LoadedImage | { key: MessageKey; params?: Params } {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(data);
  } catch {
    return { key: 'export.image.notImage' };
  }
  const type = TYPES[size.type === 'jpeg' ? 'jpg' : (size.type ?? '')];
  if (!type || !size.width || !size.height) return { key: 'export.image.notImage' };
  if (size.width > MAX_PIXELS_PER_SIDE || size.height > MAX_PIXELS_PER_SIDE)
    return { key: 'export.image.tooLarge', params: { width: String(size.width), height: String(size.height) } };
  // EXIF orientations 5 to 8 turn the picture a quarter.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  const scale = Math.min(1, MAX_WIDTH / width, MAX_HEIGHT / height);
  // The export carries no GPS position, owner or comment of a photo: the anonymity rule.
  const metadataFree = withoutMetadata(data);
  if (!metadataFree) return { key: 'export.image.metadata' };
  return {
    type,
    data: metadataFree,
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

function imageNodes(tree: Root): (Nodes & { type: 'image' })[] {
  const found: (Nodes & { type: 'image' })[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'image') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found;
}
