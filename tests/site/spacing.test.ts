/**
 * Protects against words glued together in the built HTML. Astro 7's default `compressHTML: 'jsx'`
 * drops the whitespace between inline elements (`<span>20 min</span> <span>klein</span>` becomes
 * "20 minklein" for Pagefind excerpts, copy-paste and some screen readers). The project sets
 * `compressHTML: true`; these checks catch a regression there or in a component.
 */
import { describe, expect, test } from 'vitest';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { contentPages } from '../support/dist.ts';
import { langs } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';

const inline = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd label mark output q s samp small span strong sub sup time u var'.split(' '),
);
const invisible = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const wordChar = /[\p{L}\p{N}]/u;

/** Pairs of neighbouring inline nodes whose texts touch letter-to-letter, e.g. "min" + "klein". */
function gluedWords(root: HTMLElement): string[] {
  const found: string[] = [];
  const visit = (element: HTMLElement) => {
    const nodes = element.childNodes.filter(
      (n: Node) =>
        n.nodeType === NodeType.TEXT_NODE ||
        (n.nodeType === NodeType.ELEMENT_NODE && !invisible.has((n as HTMLElement).tagName.toLowerCase())),
    );
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      const isInline = (n: Node) => n.nodeType === NodeType.TEXT_NODE || inline.has((n as HTMLElement).tagName.toLowerCase());
      if (!isInline(a) || !isInline(b)) continue;
      const left = a.text.at(-1) ?? '';
      const right = b.text.at(0) ?? '';
      if (wordChar.test(left) && wordChar.test(right)) found.push(`"${a.text.slice(-20)}" + "${b.text.slice(0, 20)}"`);
    }
    for (const child of element.childNodes) {
      if (child.nodeType === NodeType.ELEMENT_NODE && !invisible.has((child as HTMLElement).tagName.toLowerCase()))
        visit(child as HTMLElement);
    }
  };
  visit(root);
  return found;
}

describe('no glued words', () => {
  test.for(contentPages().map((p) => [p.route, p] as const))('%s: inline elements in <main> keep their spaces', ([, page]) => {
    expect(gluedWords(page.dom.querySelector('main')!)).toEqual([]);
  });

  // Method pages are the pages with a `method:` block; redirects.test.ts checks each one was built.
  const methodPages = langs
    .flatMap((lang) => loadMethods(lang))
    .flatMap(({ url }) => contentPages().filter((p) => p.route === url));

  test.for(methodPages.map((p) => [p.route, p] as const))('%s: step timeline says "Label: names"', ([, page]) => {
    const who = page.dom.querySelectorAll('.timeline .who');
    expect(who.length, 'steps with a .who line').toBeGreaterThan(0);
    for (const line of who) expect(line.text.trim()).toMatch(/^[^:\s][^:]*:\s+[\p{L}\p{N}]/u);
  });

  test.for(methodPages.map((p) => [p.route, p] as const))('%s: at-a-glance facts are separate <dd> values', ([, page]) => {
    const glance = page.dom.querySelector('.glance dl');
    expect(glance, 'at-a-glance <dl>').not.toBeNull();
    const terms = glance!.querySelectorAll('dt');
    const values = glance!.querySelectorAll('dd');
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values.length).toBe(terms.length);
    for (const dd of values) {
      expect(dd.text.trim(), `<dd> after "${dd.previousElementSibling?.text}"`).not.toBe('');
      expect(gluedWords(dd)).toEqual([]);
    }
    // Lists inside a value (question types) are one item per <li>, never one run of text.
    for (const li of glance!.querySelectorAll('dd li')) expect(li.text.trim()).not.toBe('');
  });
});
