/**
 * Lays out one surface (a card side or a job-aid page) and returns what to draw and where each
 * field went. Pipeline: check that the typeface can draw every field → lay out with satori until
 * the hyphens settle (settleHyphens.ts) → word segments and text runs → draw slots (QR codes,
 * icons). The fit check (fit.ts) is the caller's: it runs on the finished surface.
 */
import { SHY } from '../hyphenate.ts';
import { FitError } from '../fit.ts';
import type { El } from './el.ts';
import { missingGlyphs } from './fonts.ts';
import { layOut } from './layout.ts';
import type { Segment, Surface, SurfaceSpec, Where } from './ops.ts';
import { settleHyphens, type TextField } from './settleHyphens.ts';
import { textRuns } from './textRuns.ts';

/** The text fields and slots of a tree, in tree order, and the area (el.ts `area`) each keyed element sits in. */
function collect(el: El, found: { fields: TextField[]; slots: El[]; areas: Map<string, string>; keys: Set<string> }, inArea?: string): void {
  if (el.key) {
    if (found.keys.has(el.key)) throw new Error(`Template uses the key "${el.key}" twice`);
    found.keys.add(el.key);
    if (inArea) found.areas.set(el.key, inArea);
  }
  const area = el.area ? el.key : inArea;
  if (el.text) found.fields.push({ key: el.key!, value: el.text.value, hyphenate: el.text.hyphenate, style: el.style });
  if (el.draw) found.slots.push(el);
  for (const c of el.children) collect(c, found, area);
}

/** A character the typeface cannot draw would print as an empty box: stop, naming field and character. */
function assertDrawable(fields: readonly TextField[], where: Where): void {
  const undrawable = fields.flatMap((f) => {
    const missing = missingGlyphs(f.value, Number(f.style.fontWeight ?? 400) >= 600 ? 'bold' : 'regular');
    const named = missing.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    return missing.length ? [`language ${where.lang}, ${where.context}, field "${f.key}" has ${named.join(', ')}, which the typeface cannot draw`] : [];
  });
  if (undrawable.length) throw new FitError(`Cannot be printed:\n- ${undrawable.join('\n- ')}`);
}

export async function renderSurface(tree: El, spec: SurfaceSpec): Promise<Surface> {
  const found = { fields: [] as TextField[], slots: [] as El[], areas: new Map<string, string>(), keys: new Set<string>() };
  collect(tree, found);
  const { fields, slots, areas } = found;
  assertDrawable(fields, spec.where);

  const { layout, sources } = await settleHyphens(
    fields,
    (texts) => {
      const byKey = new Map(fields.map((f, i) => [f.key, texts[i]!]));
      return layOut(tree, (key) => byKey.get(key)!, spec.width, spec.height);
    },
    { lang: spec.lang, where: spec.where },
  );
  const laid = layout.texts.map((t, i) => ({
    field: fields[sources[i]!.field]?.key ?? '',
    x: t.x,
    y: t.y,
    width: t.width,
    size: t.size,
    bold: t.bold,
    fill: t.fill,
    text: t.text.replaceAll(SHY, ''),
  }));
  const segments: Segment[] = laid.map(({ fill: _, ...segment }) => segment);
  const slotOps = slots.flatMap((el) => el.draw!(layout.boxes.get(el.key!)!));
  return {
    width: spec.width,
    height: spec.height,
    // Rects and paths keep their paint order relative to each other and sit under all text.
    ops: [...layout.shapes, ...textRuns(laid), ...slotOps],
    boxes: layout.boxes,
    areas,
    segments,
  };
}
