/**
 * Lays out one surface (a card side or a job-aid page) with satori and returns drawing records.
 * Pipeline: satori (layout → SVG) → read the SVG → map each word segment back to its field →
 * hyphenate the words wider than their field and lay out again → turn the soft hyphens that end a
 * line into visible hyphens and lay out again until nothing changes → draw slots (QR codes, icons).
 * The fit check (fit.ts) is the caller's: it runs on the finished surface.
 */
import satori from 'satori';
import { hyphenate, SHY } from '../hyphenate.ts';
import { FitError } from '../fit.ts';
import type { Rect } from '../units.ts';
import type { El, Style } from './el.ts';
import { advance, cssFontFeatures, fontFamily, missingGlyphs, satoriFonts } from './fonts.ts';
import type { Op, Segment, Surface, SurfaceSpec, TextOp } from './ops.ts';
import { svgToRawOps, type RawText } from './svgOps.ts';

/** satori rounds layout to whole pixels; laying out at 4 px per point keeps positions to 0.25 pt. */
export const SCALE = 4;

const lengthKeys = new Set([
  'width', 'height', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'top', 'right', 'bottom', 'left',
  'margin', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft',
  'padding', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'gap', 'rowGap', 'columnGap', 'fontSize', 'borderRadius', 'flexBasis',
]);

function scaleStyle(style: Style): Style {
  const out: Style = {};
  for (const [k, v] of Object.entries(style)) {
    if (k.startsWith('border') && k !== 'borderRadius') throw new Error(`CSS ${k} is not supported in print templates; draw lines as boxes`);
    out[k] = typeof v === 'number' && lengthKeys.has(k) ? v * SCALE : v;
  }
  return out;
}

interface Leaf {
  key: string;
  /** The text as laid out: `value`, with soft hyphens in the words that did not fit their line. */
  base: string;
  value: string;
  hyphenate: boolean;
  style: Style;
}

function collect(el: El, leaves: Leaf[], slots: El[], keys: Set<string>, areas: Map<string, string>, inArea?: string): void {
  if (el.key) {
    if (keys.has(el.key)) throw new Error(`Template uses the key "${el.key}" twice`);
    keys.add(el.key);
    if (inArea) areas.set(el.key, inArea);
  }
  const area = el.area ? el.key : inArea;
  if (el.text) leaves.push({ key: el.key!, base: el.text.value, value: el.text.value, hyphenate: el.text.hyphenate, style: el.style });
  if (el.draw) slots.push(el);
  for (const c of el.children) collect(c, leaves, slots, keys, areas, area);
}

type SatoriNode = { type: string; key?: string; props: { style: Style; children?: SatoriNode[] | string } };

function toSatori(el: El, textOf: (key: string) => string): SatoriNode {
  // Text leaves are blocks: as flex containers satori would ignore textAlign on a single line.
  const base = el.text ? { display: 'block' } : { display: 'flex', flexDirection: 'column' };
  const style = scaleStyle({ ...base, boxSizing: 'border-box', flexShrink: 0, ...el.style });
  const node: SatoriNode = { type: 'div', props: { style } };
  if (el.key) node.key = el.key;
  if (el.text) node.props.children = textOf(el.key!);
  else if (el.children.length) node.props.children = el.children.map((c) => toSatori(c, textOf));
  return node;
}


const isSpace = (ch: string) => /\s/.test(ch);

/** Assigns each satori text segment to its field by walking both texts in step. */
function mapSegments(raw: RawText[], leaves: Leaf[], texts: string[]): { leaf: number; end: number }[] {
  let li = 0;
  let ci = 0;
  return raw.map((seg) => {
    let end = -1;
    for (const ch of seg.text) {
      if (isSpace(ch)) continue;
      for (;;) {
        const t = texts[li];
        if (t === undefined) throw new Error(`Internal: text "${seg.text}" from the layout matches no field`);
        while (ci < t.length && isSpace(t[ci]!)) ci++;
        if (ci < t.length) break;
        li++;
        ci = 0;
      }
      const expected = texts[li]![ci];
      if (expected !== ch) throw new Error(`Internal: layout text "${seg.text}" does not match field "${leaves[li]!.key}" at "${texts[li]!.slice(ci, ci + 12)}"`);
      ci++;
      end = ci;
    }
    return { leaf: li, end };
  });
}

export async function renderSurface(tree: El, spec: SurfaceSpec): Promise<Surface> {
  const leaves: Leaf[] = [];
  const slotEls: El[] = [];
  const areas = new Map<string, string>();
  collect(tree, leaves, slotEls, new Set(), areas);
  // A character the typeface cannot draw would print as an empty box: stop, naming field and character.
  const undrawable = leaves.flatMap((l) => {
    const missing = missingGlyphs(l.base, Number(l.style.fontWeight ?? 400) >= 600 ? 'bold' : 'regular');
    return missing.length ? [`language ${spec.where.lang}, ${spec.where.context}, field "${l.key}" has ${missing.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, which the typeface cannot draw`] : [];
  });
  if (undrawable.length) throw new FitError(`Cannot be printed:\n- ${undrawable.join('\n- ')}`);
  /** Per field: positions of soft hyphens that are printed as "-" because a line ends there. */
  let hard = leaves.map(() => new Set<number>());
  /**
   * Soft hyphens given up: made visible, the hyphen no longer fit and the line broke earlier. Keeping
   * them as break points could make the layout swing between two breaks forever.
   */
  const banned = leaves.map(() => new Set<number>());
  /** The text satori gets, and for each of its characters the position in the hyphenated base text. */
  const textFor = (i: number) => {
    let out = '';
    const origin: number[] = [];
    [...leaves[i]!.base].forEach((ch, p) => {
      if (banned[i]!.has(p)) return;
      out += hard[i]!.has(p) ? '-' : ch;
      origin.push(p);
    });
    return { text: out, origin };
  };
  const root: El = {
    style: { width: spec.width, height: spec.height, fontFamily, fontFeatureSettings: cssFontFeatures, color: '#000000', position: 'relative' },
    children: [tree],
  };

  let measured = false;
  for (let pass = 0; pass < 12; pass++) {
    const prepared = leaves.map((_, i) => textFor(i));
    const texts = prepared.map((x) => x.text);
    const byKey = new Map(leaves.map((l, i) => [l.key, texts[i]!]));
    const boxes = new Map<string, Rect>();
    const svg = await satori(toSatori(root, (k) => byKey.get(k)!) as never, {
      width: spec.width * SCALE,
      // Taller than the surface: satori leaves out text below its canvas, and text that runs past
      // the surface must still be laid out to be found and reported by the fit check.
      height: spec.height * 3 * SCALE,
      fonts: satoriFonts(),
      embedFont: false,
      onNodeDetected: (n) => {
        if (n.key !== undefined && n.key !== null) boxes.set(String(n.key), { x: n.left / SCALE, y: n.top / SCALE, w: n.width / SCALE, h: n.height / SCALE });
      },
    });
    const raw = svgToRawOps(svg);
    const rawTexts = raw.filter((o): o is RawText => o.kind === 'text');
    const mapped = mapSegments(rawTexts, leaves, texts);

    // Hyphenate only a word that does not fit its line on its own: short words in large type stay
    // whole. Done once, after the first layout has measured every field's width.
    if (!measured) {
      measured = true;
      let changed = false;
      leaves.forEach((leaf, i) => {
        if (!leaf.hyphenate) return;
        const box = boxes.get(leaf.key);
        const seg = rawTexts.find((_, j) => mapped[j]!.leaf === i && mapped[j]!.end >= 0);
        if (!box || !seg) return;
        const pad = (side: 'Left' | 'Right') => Number(leaf.style[`padding${side}`] ?? leaf.style.padding ?? 0);
        const room = box.w - pad('Left') - pad('Right');
        const font = seg.bold ? 'bold' : 'regular';
        const base = leaf.value
          .split(/(\s+)/)
          .map((word) => (word.trim() && advance(word, font, seg.size / SCALE) > room + 0.01 ? hyphenate(word, spec.lang) : word))
          .join('');
        if (base !== leaf.base) {
          leaf.base = base;
          changed = true;
        }
      });
      if (changed) continue;
    }

    // A segment ends a line when the next word of the same field starts lower down.
    const wanted = leaves.map(() => new Set<number>());
    /** Line-final soft hyphens that are not printed yet: segment index and field. */
    const fresh: { seg: number; leaf: number }[] = [];
    for (let i = 0; i < rawTexts.length; i++) {
      const m = mapped[i]!;
      if (m.end < 0) continue;
      let j = i + 1;
      while (j < rawTexts.length && mapped[j]!.end < 0) j++;
      const next = rawTexts[j];
      if (!next || mapped[j]!.leaf !== m.leaf || next.y <= rawTexts[i]!.y + 0.5) continue;
      const p = prepared[m.leaf]!.origin[m.end - 1]!;
      if (leaves[m.leaf]!.base[p] !== SHY) continue;
      wanted[m.leaf]!.add(p);
      if (!hard[m.leaf]!.has(p)) fresh.push({ seg: i, leaf: m.leaf });
    }
    const reverts = hard.some((h, i) => [...h].some((p) => !wanted[i]!.has(p)));
    if (fresh.length || reverts) {
      // Shortcut: when every new hyphen still fits at the end of its (left-aligned) line, adding it
      // cannot move any break, so draw it without laying the surface out again.
      const fits = (f: { seg: number; leaf: number }) => {
        const leaf = leaves[f.leaf]!;
        const r = rawTexts[f.seg]!;
        const box = boxes.get(leaf.key);
        const align = leaf.style.textAlign;
        if (!box || (align !== undefined && align !== 'left' && align !== 'start')) return false;
        const padRight = Number(leaf.style.paddingRight ?? leaf.style.padding ?? 0);
        return (r.x + r.width) / SCALE + advance('-', r.bold ? 'bold' : 'regular', r.size / SCALE) <= box.x + box.w - padRight + 0.01;
      };
      if (!reverts && fresh.every(fits)) {
        for (const f of fresh) {
          const r = rawTexts[f.seg]!;
          r.text = r.text.replace(/\u00AD$/, '-');
          r.width += advance('-', r.bold ? 'bold' : 'regular', r.size / SCALE) * SCALE;
        }
        hard = wanted;
      } else {
        hard.forEach((h, i) => h.forEach((p) => !wanted[i]!.has(p) && banned[i]!.add(p)));
        hard = wanted;
        continue;
      }
    }

    const segments: Segment[] = rawTexts.map((r, i) => ({
      field: leaves[mapped[i]!.leaf]?.key ?? '',
      x: r.x / SCALE,
      y: r.y / SCALE,
      width: r.width / SCALE,
      size: r.size / SCALE,
      bold: r.bold,
      text: r.text.replaceAll(SHY, ''),
    }));
    const ops: Op[] = [];
    let run: TextOp | undefined;
    segments.forEach((s, i) => {
      const r = rawTexts[i]!;
      const font = s.bold ? 'bold' : 'regular';
      const continues = run && run.field === s.field && run.y === s.y && run.font === font && run.size === s.size &&
        run.fill.r === r.fill.r && run.fill.g === r.fill.g && run.fill.b === r.fill.b;
      if (!continues) {
        if (s.text.trim() === '') return; // a line never starts with a space
        run = { kind: 'text', field: s.field, font, size: s.size, fill: r.fill, y: s.y, parts: [] };
        ops.push(run);
      }
      if (s.text) run!.parts.push({ x: s.x, text: s.text });
    });
    for (const op of ops) if (op.kind === 'text') while (op.parts.length && op.parts.at(-1)!.text.trim() === '') op.parts.pop();
    // Rects and paths keep their paint order relative to each other and sit under all text.
    const shapes: Op[] = raw.flatMap((r): Op[] => {
      if (r.kind === 'rect') return [{ kind: 'rect', x: r.x / SCALE, y: r.y / SCALE, w: r.w / SCALE, h: r.h / SCALE, fill: r.fill }];
      if (r.kind === 'path') {
        const path: Op = { kind: 'path', d: r.d, scale: 1 / SCALE, fill: r.fill };
        if (r.bbox) path.bbox = { x: r.bbox.x / SCALE, y: r.bbox.y / SCALE, w: r.bbox.w / SCALE, h: r.bbox.h / SCALE };
        return [path];
      }
      return [];
    });
    const slotOps = slotEls.flatMap((el) => el.draw!(boxes.get(el.key!)!));
    const surface: Surface = {
      width: spec.width,
      height: spec.height,
      ops: [...shapes, ...ops, ...slotOps],
      boxes,
      areas,
      segments,
    };
    return surface;
  }
  throw new Error(`Hyphenation did not settle for ${spec.where.lang}, ${spec.where.context}`);
}
