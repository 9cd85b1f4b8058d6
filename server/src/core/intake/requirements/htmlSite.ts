/**
 * What a wiki or a site adds around a page's own text: the space or course named before the page's title
 * ("PD Team : Feedback That Moves Learning", as Confluence exports it; "Course | Page"), and the box of
 * files attached to the page, each a link with its type ("rubric.pdf (application/pdf)").
 */
import type { Element, Root } from 'hast';

const textIn = (n: Element | Root): string =>
  n.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textIn(child) : ''))
    .join('');

const names = (node: Element) =>
  [node.properties.id, ...(Array.isArray(node.properties.className) ? node.properties.className : [])].map(String);

/** The texts of the links in a page's breadcrumb trail. */
export function breadcrumbTexts(tree: Root): Set<string> {
  const out = new Set<string>();
  const walk = (node: Root | Element, inTrail: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const trail = inTrail || names(child).some((name) => /breadcrumb/i.test(name));
      if (trail && child.tagName === 'a') out.add(textIn(child).replace(/\s+/g, ' ').trim());
      else walk(child, trail);
    }
  };
  walk(tree, false);
  return out;
}

/** A title line ("# PD Team : Feedback…") without the trail's name a site set before it, with its separator. */
export function withoutSitePrefix(line: string, crumbs: ReadonlySet<string>): string {
  const match = /^# (.+?) (?::|\||»|–|—) (.+)$/.exec(line);
  return match && crumbs.has(match[1].trim()) ? `# ${match[2]}` : line;
}

const FILE_LINK = /\.(?:pdf|docx?|pptx?|xlsx?|odt|zip|png|jpe?g|gif|mp4|mov)(?:[?#].*)?$/i;
const FILE_TYPE = /^\s*\(\s*(?:application|image|text|video|audio)\/[\w.+-]+\s*\)\s*$/;

/**
 * A box of attached files: links to files (and their types), under a heading at most, nothing else to read.
 */
export function isAttachmentList(node: Element): boolean {
  if (node.tagName !== 'div' && node.tagName !== 'section') return false;
  let links = 0;
  const rest = (n: Element): boolean =>
    n.children.every((child) => {
      if (child.type === 'text') return !child.value.trim() || FILE_TYPE.test(child.value);
      if (child.type !== 'element') return true;
      if (/^h[1-6]$/.test(child.tagName) || child.tagName === 'img' || child.tagName === 'br') return true;
      if (child.tagName === 'a') return FILE_LINK.test(String(child.properties.href ?? '')) && ++links > 0;
      return rest(child);
    });
  return rest(node) && links > 0;
}

const LINK_TOOL = /^(?:copy (?:heading )?link|link copied|permalink|link to this (?:heading|section)|¶|#|🔗)$/i;

/**
 * The tools a site puts in its headings to link to them ("Copy heading link" in a Google Site's, a "¶" or
 * "#" permalink in a documentation site's): no words of the heading.
 */
export function headingLinkTools(tree: Root): Set<Element> {
  const out = new Set<Element>();
  const walk = (node: Root | Element, inHeading: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const heading = inHeading || /^h[1-6]$/.test(child.tagName);
      if (inHeading && LINK_TOOL.test(textIn(child).replace(/\s+/g, ' ').trim())) out.add(child);
      else walk(child, heading);
    }
  };
  walk(tree, false);
  return out;
}

const PAGER = /^\s*[◄◀«‹←]|[►▶»›→]\s*$/;

/**
 * A link to the previous or next page on its own ("◄ Read: Examples of checks", "Next post »"), as learning
 * platforms and blogs set them under the content: the site's navigation, not the page's text.
 */
export function isPagerLink(node: Element): boolean {
  if (!['div', 'p', 'li', 'span'].includes(node.tagName)) return false;
  const content = node.children.filter((child) => child.type !== 'text' || child.value.trim());
  const [only] = content;
  return content.length === 1 && only.type === 'element' && only.tagName === 'a' && PAGER.test(textIn(only));
}
