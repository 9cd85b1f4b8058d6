/**
 * A page's inline markup read as a reader sees it: two elements' texts set apart by the page's styles
 * ("Part 1" and "Overview" in spans shown one above the other), a footnote's bare mark raised after a
 * number ("400<sup>2</sup> words"), and a web component's own content (its declarative shadow root).
 */
import type { Element, Root } from 'hast';

/**
 * Texts joined inline: after an element's end, a space where the page gave none between a number or a
 * sentence's end and a capitalised word ("Part 1" + "Overview Questions"), which no writer runs together.
 * Only the last piece's end is looked at, never the whole text's (reading a string grown piece by piece
 * copies it whole each time: a page of one long line took minutes).
 */
export class InlineText {
  private readonly parts: string[] = [];
  private end = '';
  add(text: string, apart = true): void {
    if (apart && /[\d.:;,)!?]$/.test(this.end) && /^\p{Lu}/u.test(text)) this.parts.push(' ');
    this.parts.push(text);
    if (text) this.end = text.slice(-1);
  }
  toString(): string {
    return this.parts.join('');
  }
}

export function joinInline(texts: readonly string[]): string {
  const joined = new InlineText();
  for (const text of texts) joined.add(text);
  return joined.toString();
}

/**
 * The spacer Word writes after a list item's mark in a page saved as "Web Page, Filtered" (a span set in
 * 7-point type holding only spaces): the text before it in the paragraph is the mark ("·" in Symbol, "§"
 * in Wingdings, "o" in Courier New, "1."), with no mso-list style left to say so.
 */
export function isListMarkSpacer(node: Element): boolean {
  const style = node.properties.style;
  return typeof style === 'string' && /font:\s*7(?:\.0)?pt/i.test(style) && !textIn(node).replace(/\s/g, '');
}

/** A list item's number or letter ("1.", "a)", "(2)"): kept, as the reader reads numbered items; a bullet is not. */
export const isNumberMark = (mark: string) => /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/i.test(mark);

/** A superscript holding only a note's mark (1, [2], *, †): not part of the number it follows. */
export function isBareMark(node: Element): boolean {
  if (node.tagName !== 'sup') return false;
  const text = (n: Element | Root): string =>
    n.children
      .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : ''))
      .join('');
  return /^\s*[[(]?(?:\d{1,3}|[*†‡§¶]{1,3})[\])]?\s*$/.test(text(node));
}

/**
 * A paragraph opening with a bold title, a dash, then its text ("<b>Artifact 1: Lesson Plan</b> — Upload…"):
 * the title is a heading run into the paragraph, on a line of its own (at `breakMark`) as a reader sees it.
 */
export function splitRunInTitle(node: Element, breakMark: string): void {
  const children = node.children.filter((child) => child.type !== 'text' || child.value.trim());
  const [title, after] = children;
  if (title?.type !== 'element' || !['strong', 'b'].includes(title.tagName) || after?.type !== 'text') return;
  const words = textIn(title).trim();
  const rest = /^\s*[—–]\s*|^\s+-\s+/.exec(after.value);
  // A numbered or labelled title ("Artifact 1: …", "Evidence B: …"); a bold word ("Tip — …") stays in its sentence.
  if (!rest || !/\d|\S:\s/.test(words) || /[.,;:]$/.test(words) || words.split(/\s+/).length > 12) return;
  if (!after.value.slice(rest[0].length).trim()) return;
  after.value = breakMark + after.value.slice(rest[0].length);
}

const textIn = (n: Element | Root): string =>
  n.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textIn(child) : ''))
    .join('');

/** What a `<template>` shows: a web component's declarative shadow root; any other template is never shown. */
export function shownTemplate(node: Element): Root | null {
  const content = (node as Element & { content?: Root }).content;
  const shadow = Object.keys(node.properties).some((key) => /^shadowroot(?:mode)?$/i.test(key));
  return node.tagName === 'template' && content && shadow ? content : null;
}

/**
 * The terms of definition lists that label one description ("Competency" → its text): read on one line with
 * it. A term followed by several descriptions (an artifact, then one per level) heads them, each on its line.
 */
export function labellingTerms(tree: Root): Set<Element> {
  const terms = new Set<Element>();
  const walk = (node: Root | Element) => {
    const children: Element[] = [];
    for (const child of node.children) if (child.type === 'element') children.push(child);
    // A <dl> groups its terms and descriptions directly or in <div>s (HTML allows both).
    const items = 'tagName' in node && node.tagName === 'dl' ? children.flatMap(groupItems) : [];
    items.forEach((item, i) => {
      if (item.tagName !== 'dt') return;
      const next = items.slice(i + 1).findIndex((other) => other.tagName === 'dt');
      const descriptions = items.slice(i + 1, next < 0 ? undefined : i + 1 + next);
      if (descriptions.filter((other) => other.tagName === 'dd').length === 1) terms.add(item);
    });
    for (const child of children) walk(child);
  };
  walk(tree);
  return terms;
}

const groupItems = (node: Element): Element[] =>
  node.tagName === 'div' ? node.children.filter((child): child is Element => child.type === 'element') : [node];
