/**
 * The panels of a page's accordions and tabs, which its script hides until their heading or tab is
 * clicked (`style="display: none"`, `hidden`, `aria-hidden` on a closed panel): a reader opens them, so
 * their text is the page's, as a closed <details> is. A panel is known by what opens it: a heading (or a
 * button in one) or a tab whose `aria-controls` names it, or any control naming a panel marked as a
 * region or tab panel. A hidden menu or dialog that a button opens is none of these, and stays unread.
 */
import type { Element, Root } from 'hast';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PANEL_ROLES = new Set(['region', 'tabpanel']);

const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];

export function openablePanels(tree: Root): Set<Element> {
  /** Ids named by a heading's or a tab's control, and by any control at all. */
  const byHeading = new Set<string>();
  const byAny = new Set<string>();
  const ids = new Map<string, Element>();
  const walk = (node: Root | Element, inHeading: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { id, ariaControls, role } = child.properties;
      if (typeof id === 'string') ids.set(id, child);
      const heading = inHeading || HEADINGS.has(child.tagName);
      for (const target of words(ariaControls)) {
        byAny.add(target);
        if (heading || words(role).includes('tab')) byHeading.add(target);
      }
      walk(child, heading);
    }
  };
  walk(tree, false);
  const panels = new Set<Element>();
  for (const [id, node] of ids)
    if (byHeading.has(id) || (byAny.has(id) && words(node.properties.role).some((r) => PANEL_ROLES.has(r))))
      panels.add(node);
  return panels;
}

/**
 * The buttons that name the panel they open: one inside a heading (the accessible accordion,
 * `<h3><button aria-expanded>Part 1. …</button></h3>`), or one right before its panel, which it controls or
 * which is classed as one (`<button class="accordion">Part 1</button><div class="panel">`). A tab's button,
 * in a row of tabs away from its panel, and other buttons ("Accept", "Enroll", "Menu") are no text of the page.
 */
export function panelOpeners(tree: Root): Set<Element> {
  const openers = new Set<Element>();
  const walk = (node: Root | Element, inHeading: boolean) => {
    const children = (node.children as Root['children']).filter((child): child is Element => child.type === 'element');
    children.forEach((child, i) => {
      const heading = inHeading || HEADINGS.has(child.tagName);
      if (child.tagName === 'button' && !words(child.properties.role).includes('tab'))
        if (heading || opensNext(child, children[i + 1])) openers.add(child);
      walk(child, heading);
    });
  };
  walk(tree, false);
  return openers;
}

const PANEL_CLASS = /^(?:panel|collapse|accordion[-_]?(?:content|panel|body)|[\w-]*[-_](?:panel|content))$/i;

function opensNext(button: Element, next: Element | undefined): boolean {
  if (!next) return false;
  if (words(button.properties.ariaControls).includes(String(next.properties.id))) return true;
  return words(next.properties.className).some((name) => PANEL_CLASS.test(name));
}
