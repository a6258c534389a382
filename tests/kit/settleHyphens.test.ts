/**
 * The hyphen loop on its own, with a fake layout: a monospaced line breaker (5 pt per character at
 * 10 pt) that breaks after spaces and hyphens, soft or hard, and draws no soft hyphen, as satori does.
 * Words are hyphenated after every third letter, so the expected lines can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { SHY } from '../../scripts/kit/hyphenate.ts';
import type { Style } from '../../scripts/kit/render/el.ts';
import type { LaidText, Layout } from '../../scripts/kit/render/layout.ts';
import type { Rect } from '../../scripts/kit/units.ts';
import { maxLayouts, settleHyphens, type TextField } from '../../scripts/kit/render/settleHyphens.ts';

const size = 10;
const lineHeight = 12;
const visible = (s: string) => s.replaceAll(SHY, '');
const measure = (text: string, _font: unknown, pt: number) => (visible(text).length * pt) / 2;
const hyphenate = (word: string) => word.match(/.{1,3}/g)!.join(SHY);
const where = { lang: 'nl' as const, context: 'deck test, card "x" (front)' };
const options = { lang: 'nl' as const, where, measure, hyphenate };

/** Lines of `text`: after each break the line holds what fits `width`, or one piece if nothing does. */
type Breaker = (text: string, width: number) => string[];

/** Pieces that end where a line may break: after spaces, a soft hyphen or a hyphen. */
const pieces = (text: string) => text.match(/[^\s\u00AD-]*(?:\s+|[\u00AD-]|$)/g)!.filter(Boolean);

const greedy: Breaker = (text, width) => {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (line && measure((line + piece).trimEnd(), null, size) > width) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  return line ? [...lines, line] : lines;
};

/** A fake layout of the fields stacked 1000 pt apart, each in a box `width` wide; counts its calls. */
function fakeLayout(fields: TextField[], width: number, breaker: Breaker = greedy) {
  const calls: string[][] = [];
  const layOut = async (texts: string[]): Promise<Layout> => {
    calls.push(texts);
    const laid: LaidText[] = [];
    const boxes = new Map<string, Rect>();
    texts.forEach((text, i) => {
      const lines = breaker(text, width);
      boxes.set(fields[i]!.key, { x: 0, y: i * 1000, w: width, h: lines.length * lineHeight });
      lines.forEach((line, n) => {
        let x = 0;
        for (const piece of pieces(line)) {
          const w = measure(piece, null, size);
          laid.push({ x, y: i * 1000 + (n + 1) * lineHeight, width: w, size, bold: false, fill: { r: 0, g: 0, b: 0 }, text: piece });
          x += w;
        }
      });
    });
    return { texts: laid, shapes: [], boxes };
  };
  return { calls, layOut };
}

const field = (key: string, value: string, style: Style = {}, hyphenate = true): TextField => ({ key, value, hyphenate, style });

/** The lines of the first field as laid out (soft hyphens inside a line included): its segments grouped by baseline. */
function laidLines(layout: Layout): string[] {
  const byLine = new Map<number, string>();
  for (const t of layout.texts) if (t.y < 1000) byLine.set(t.y, (byLine.get(t.y) ?? '') + t.text);
  return [...byLine.values()].map((l) => l.trimEnd());
}

const long = 'arbeidsongeschiktheidsverzekering';

describe('settling hyphens', () => {
  it('lays out once when no word is wider than its field', async () => {
    const fields = [field('a', 'Een korte zin')];
    const { calls, layOut } = fakeLayout(fields, 200);
    const { layout, sources } = await settleHyphens(fields, layOut, options);
    expect(calls).toEqual([['Een korte zin']]);
    expect(laidLines(layout)).toEqual(['Een korte zin']);
    expect(sources.every((s) => s.field === 0)).toBe(true);
  });

  it('soft-hyphenates only the words wider than their field, and only where asked', async () => {
    const fields = [field('a', `De ${long} belt`), field('code', long, {}, false)];
    const { calls, layOut } = fakeLayout(fields, 100);
    await settleHyphens(fields, layOut, options);
    expect(calls[1]).toEqual([`De ${hyphenate(long)} belt`, long]);
  });

  it('prints a soft hyphen that ends a left-aligned line as "-", without another layout when it fits', async () => {
    const fields = [field('a', `De ${long} belt`)];
    const { calls, layOut } = fakeLayout(fields, 100);
    const { layout } = await settleHyphens(fields, layOut, options);
    // One layout to measure, one with soft hyphens; the hyphen is drawn into the second.
    expect(calls).toHaveLength(2);
    expect(laidLines(layout).map(visible)).toEqual(['De arbeidsongeschi-', 'ktheidsverzekering', 'belt']);
    const hyphenated = layout.texts.find((t) => t.text.endsWith('-'))!;
    expect(hyphenated.width).toBe(measure(hyphenated.text, null, size));
  });

  it('lays a centred line out again with its hyphen, giving up breaks the hyphen pushes out, until every line fits', async () => {
    const fields = [field('a', `De ${long} belt`, { textAlign: 'center' })];
    const { calls, layOut } = fakeLayout(fields, 60);
    const { layout } = await settleHyphens(fields, layOut, options);
    // "De arbeidson" fills the 60 pt line; with its hyphen it no longer fits, so that break is given up.
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)![0]).toMatch(/^De arb\u00ADeid-songes/);
    const laid = laidLines(layout);
    for (const line of laid) expect(line, 'a soft hyphen left at a line end').not.toMatch(/\u00AD$/);
    const lines = laid.map(visible);
    expect(lines[0]).toBe('De arbeid-');
    for (const line of lines) expect(measure(line, null, size), line).toBeLessThanOrEqual(60);
    expect(lines.map((l) => l.replace(/-$/, '')).join(' ').replace(/\s/g, '')).toBe(`De${long}belt`);
  });

  it(`stops after ${maxLayouts} layouts with an error naming the surface when the breaks keep moving`, async () => {
    // A perverse layout: it breaks only after the first soft hyphen it is given, so each visible
    // hyphen moves the break to the next one, and there are more soft hyphens than layouts.
    const firstSoftHyphen: Breaker = (text) => {
      const at = text.indexOf(SHY);
      return at < 0 ? [text] : [text.slice(0, at + 1), text.slice(at + 1)];
    };
    const fields = [field('a', [long, long, long].join(' '), { textAlign: 'center' })];
    const { calls, layOut } = fakeLayout(fields, 60, firstSoftHyphen);
    await expect(settleHyphens(fields, layOut, options)).rejects.toThrow(
      `Hyphenation did not settle after ${maxLayouts} layouts for nl, deck test, card "x" (front)`,
    );
    expect(calls).toHaveLength(maxLayouts);
  });
});
