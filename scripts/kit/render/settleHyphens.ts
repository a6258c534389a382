/**
 * Hyphens by layout: satori breaks lines at soft hyphens but draws nothing there, and a visible
 * hyphen takes room, which can move the break. So a surface is laid out until its hyphens settle:
 * 1. lay out; then soft-hyphenate only the words wider than their field and lay out again;
 * 2. every soft hyphen that ends a line becomes "-" (laid out again unless it plainly fits);
 * 3. a "-" whose line no longer breaks there goes back, and that break is given up for good, so
 *    the layout cannot swing between two breaks forever.
 * It stops when a layout asks for no change, or fails after `maxLayouts` layouts.
 */
import type { Lang } from '../../../src/config.ts';
import { hyphenate, SHY } from '../hyphenate.ts';
import type { Style } from './el.ts';
import { advance, type FontKey } from './fonts.ts';
import type { Layout } from './layout.ts';
import type { Where } from './ops.ts';
import { segmentFields, type SegmentSource } from './segmentFields.ts';

/** A text field of the surface, in tree order. */
export interface TextField {
  key: string;
  value: string;
  hyphenate: boolean;
  /** Read for the field's padding and text alignment. */
  style: Style;
}

/** The settled layout, whose texts carry visible hyphens at line ends, and the field of each text. */
export interface Settled {
  layout: Layout;
  sources: SegmentSource[];
}

export interface SettleOptions {
  lang: Lang;
  where: Where;
  /** Width of `text` in points: the typeface's own advances unless a test brings its own. */
  measure?: (text: string, font: FontKey, size: number) => number;
  /** Soft hyphens for a word: the language's patterns unless a test brings its own. */
  hyphenate?: (word: string, lang: Lang) => string;
}

/** Real surfaces settle within four layouts; more than this means the breaks keep moving. */
export const maxLayouts = 12;

/** Baselines on one line are equal; the next line starts a line height (several points) lower. */
const sameLine = (a: number, b: number) => b <= a + 0.125;

export async function settleHyphens(fields: readonly TextField[], layOut: (texts: string[]) => Promise<Layout>, options: SettleOptions): Promise<Settled> {
  const measure = options.measure ?? advance;
  const hyphenateWord = options.hyphenate ?? hyphenate;
  const keys = fields.map((f) => f.key);
  /** The text as laid out: the value, with soft hyphens in the words that did not fit their line. */
  const base = fields.map((f) => f.value);
  /** Per field: positions of soft hyphens that are printed as "-" because a line ends there. */
  let hard = fields.map(() => new Set<number>());
  /** Soft hyphens given up: made visible, the hyphen no longer fit and the line broke earlier. */
  const banned = fields.map(() => new Set<number>());
  /** The text the layout gets, and for each of its characters the position in the base text. */
  const textFor = (i: number) => {
    let out = '';
    const origin: number[] = [];
    [...base[i]!].forEach((ch, p) => {
      if (banned[i]!.has(p)) return;
      out += hard[i]!.has(p) ? '-' : ch;
      origin.push(p);
    });
    return { text: out, origin };
  };
  const padding = (field: TextField, side: 'Left' | 'Right') => Number(field.style[`padding${side}`] ?? field.style.padding ?? 0);
  const fontOf = (bold: boolean): FontKey => (bold ? 'bold' : 'regular');

  let measured = false;
  for (let pass = 0; pass < maxLayouts; pass++) {
    const prepared = fields.map((_, i) => textFor(i));
    const texts = prepared.map((x) => x.text);
    const layout = await layOut(texts);
    const laid = layout.texts;
    const sources = segmentFields(laid, texts, keys);

    // Hyphenate only a word that does not fit its line on its own: short words in large type stay
    // whole. Done once, after the first layout has measured every field's width.
    if (!measured) {
      measured = true;
      let changed = false;
      fields.forEach((field, i) => {
        if (!field.hyphenate) return;
        const box = layout.boxes.get(field.key);
        const seg = laid.find((_, j) => sources[j]!.field === i && sources[j]!.end >= 0);
        if (!box || !seg) return;
        const room = box.w - padding(field, 'Left') - padding(field, 'Right');
        const hyphenated = field.value
          .split(/(\s+)/)
          .map((word) => (word.trim() && measure(word, fontOf(seg.bold), seg.size) > room + 0.01 ? hyphenateWord(word, options.lang) : word))
          .join('');
        if (hyphenated !== base[i]) {
          base[i] = hyphenated;
          changed = true;
        }
      });
      if (changed) continue;
    }

    // A segment ends a line when the next word of the same field starts lower down.
    const wanted = fields.map(() => new Set<number>());
    /** Line-final soft hyphens that are not printed yet: segment index and field. */
    const fresh: { seg: number; field: number }[] = [];
    for (let i = 0; i < laid.length; i++) {
      const s = sources[i]!;
      if (s.end < 0) continue;
      let j = i + 1;
      while (j < laid.length && sources[j]!.end < 0) j++;
      const next = laid[j];
      if (!next || sources[j]!.field !== s.field || sameLine(laid[i]!.y, next.y)) continue;
      const p = prepared[s.field]!.origin[s.end - 1]!;
      if (base[s.field]![p] !== SHY) continue;
      wanted[s.field]!.add(p);
      if (!hard[s.field]!.has(p)) fresh.push({ seg: i, field: s.field });
    }
    const reverts = hard.some((h, i) => [...h].some((p) => !wanted[i]!.has(p)));
    if (fresh.length || reverts) {
      // Shortcut: when every new hyphen still fits at the end of its (left-aligned) line, adding it
      // cannot move any break, so draw it without laying the surface out again.
      const fits = (f: { seg: number; field: number }) => {
        const field = fields[f.field]!;
        const r = laid[f.seg]!;
        const box = layout.boxes.get(field.key);
        const align = field.style.textAlign;
        if (!box || (align !== undefined && align !== 'left' && align !== 'start')) return false;
        return r.x + r.width + measure('-', fontOf(r.bold), r.size) <= box.x + box.w - padding(field, 'Right') + 0.01;
      };
      if (reverts || !fresh.every(fits)) {
        hard.forEach((h, i) => h.forEach((p) => !wanted[i]!.has(p) && banned[i]!.add(p)));
        hard = wanted;
        continue;
      }
      for (const f of fresh) {
        const r = laid[f.seg]!;
        r.text = r.text.replace(/\u00AD$/, '-');
        r.width += measure('-', fontOf(r.bold), r.size);
      }
    }
    return { layout, sources };
  }
  throw new Error(`Hyphenation did not settle after ${maxLayouts} layouts for ${options.where.lang}, ${options.where.context}`);
}
