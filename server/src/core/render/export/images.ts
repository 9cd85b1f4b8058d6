/** The submission's images: which are local, read once each, sized to fit the page. */
import { imageSize } from 'image-size';
import type { Nodes, Root } from 'mdast';
import type { ExportWarning, ImageReader } from './exportTypes';

export interface LoadedImage {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  data: Uint8Array;
  /** In pixels at 96 to the inch, as Word places it. */
  width: number;
  height: number;
}

export type ImageTarget = { kind: 'remote' } | { kind: 'local'; path: string };

/** The width of text on a Letter or A4 page with one-inch margins is about 6.3 inches; images fit in 6. */
const MAX_WIDTH = 6 * 96;

const TYPES: Record<string, LoadedImage['type']> = { png: 'png', jpg: 'jpg', gif: 'gif', bmp: 'bmp' };

export function imageTarget(url: string): ImageTarget {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url)) return { kind: 'remote' };
  let path = url.replace(/^file:(\/\/)?/i, '').replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A path with a stray % is read as written.
  }
  return { kind: 'local', path };
}

/** Reads every local image of the tree once; a missing or unreadable one is a warning and left out. */
export async function loadImages(
  tree: Root,
  read: ImageReader,
  warnings: ExportWarning[],
): Promise<Map<string, LoadedImage | null>> {
  const images = new Map<string, LoadedImage | null>();
  for (const node of imageNodes(tree)) {
    const target = imageTarget(node.url);
    if (target.kind !== 'local' || images.has(target.path)) continue;
    const line = node.position?.start.line ?? 0;
    const data = await read(target.path).catch(() => null);
    const loaded = data ? describe(data) : null;
    images.set(target.path, loaded);
    if (!data) warnings.push({ line, message: `the image ${target.path} was not found, so it is left out` });
    else if (!loaded)
      warnings.push({
        line,
        message: `the image ${target.path} is not a PNG, JPEG, GIF or BMP file, so it is left out`,
      });
  }
  return images;
}

function describe(data: Uint8Array): LoadedImage | null {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(data);
  } catch {
    return null;
  }
  const type = TYPES[size.type === 'jpeg' ? 'jpg' : (size.type ?? '')];
  if (!type || !size.width || !size.height) return null;
  // EXIF orientations 5 to 8 turn the picture a quarter.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  const scale = Math.min(1, MAX_WIDTH / width);
  return { type, data, width: Math.round(width * scale), height: Math.round(height * scale) };
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
