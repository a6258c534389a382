/**
 * The kit's typeface: Atkinson Hyperlegible Next, regular and bold, from the TTF files (pdf-lib's
 * fontkit crashes on WOFF2 subsets; the TTFs also carry ĳ, ë, é, ï). The same bytes feed satori's
 * layout, the PDF embedding and the PNG previews, so measured and printed text agree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit, { type TypeFeatures } from '@pdf-lib/fontkit';

export type FontKey = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const pkg = '@expo-google-fonts/atkinson-hyperlegible-next';

export const fontFamily = 'Atkinson Hyperlegible Next';

export const fontFiles: Record<FontKey, string> = {
  regular: require.resolve(`${pkg}/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf`),
  bold: require.resolve(`${pkg}/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf`),
};

export const fontWeights: Record<FontKey, 400 | 700> = { regular: 400, bold: 700 };

/** Names written into the PDF. The six-letter tag + "+" marks a subset (PDF 32000 §9.6.4); fixed, so builds repeat. */
export const pdfFontNames: Record<FontKey, string> = {
  regular: 'IKREGU+AtkinsonHyperlegibleNext-Regular',
  bold: 'IKBOLD+AtkinsonHyperlegibleNext-Bold',
};

/**
 * Ligatures and kerning off, here and in satori (render/layout.ts): pdf-lib measures per code point
 * and would misplace "fi" (pdf-lib #490, #871), and satori measures a box with kerning across word
 * parts that it then places without it. Without both, layout, fit check and PDF agree to the point.
 */
export const fontFeatures: TypeFeatures = { liga: false, clig: false, kern: false };

/** The same choice as CSS, for satori. */
export const cssFontFeatures = '"kern" 0, "liga" 0, "clig" 0';

let bytes: Record<FontKey, Buffer> | undefined;
export function fontBytes(): Record<FontKey, Buffer> {
  bytes ??= { regular: readFileSync(fontFiles.regular), bold: readFileSync(fontFiles.bold) };
  return bytes;
}

type Face = ReturnType<typeof fontkit.create>;
type Run = ReturnType<Face['layout']>;

/**
 * One parsed font per file that only ever shapes text, with every shaped string remembered:
 * shaping was most of the kit's build time. It is never subset, so its glyph objects always carry
 * their code points (a subset asks for composite parts without them, and fontkit caches glyphs).
 */
const shapers = new Map<Uint8Array, { face: Face; runs: Map<string, Run> }>();
function shaper(bytes: Uint8Array) {
  let s = shapers.get(bytes);
  if (!s) shapers.set(bytes, (s = { face: fontkit.create(bytes), runs: new Map() }));
  return s;
}

function shape(bytes: Uint8Array, text: string, features: Parameters<Face['layout']>[1]): Run {
  const s = shaper(bytes);
  const key = `${JSON.stringify(features ?? null)}\u0000${text}`;
  let run = s.runs.get(key);
  if (!run) s.runs.set(key, (run = s.face.layout(text, features)));
  return run;
}

/**
 * fontkit for pdf-lib: each PDF gets its own font object (its own subset), but shaping goes to the
 * shared shaper above. pdf-lib only reads the shaped glyphs (ids, widths, code points).
 */
export const sharedFontkit = {
  ...fontkit,
  create(bytes: Uint8Array): Face {
    const f = fontkit.create(bytes);
    f.layout = (text, features) => shape(bytes, text, features);
    return f;
  },
};

const face = (key: FontKey): Face => shaper(fontBytes()[key]).face;
const layout = (key: FontKey, text: string): Run => shape(fontBytes()[key], text, fontFeatures);

const widthCache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };

/** Width in points of a string as the PDF draws it (same shaping features). */
export function advance(text: string, key: FontKey, size: number): number {
  const f = face(key);
  let units = widthCache[key].get(text);
  if (units === undefined) {
    units = 0;
    for (const p of layout(key, text).positions) units += p.xAdvance;
    widthCache[key].set(text, units);
  }
  return (units * size) / f.unitsPerEm;
}

/** How far glyphs reach above and below the baseline, in points. */
export function verticalExtent(key: FontKey, size: number): { ascent: number; descent: number } {
  const f = face(key);
  return { ascent: (f.ascent * size) / f.unitsPerEm, descent: (-f.descent * size) / f.unitsPerEm };
}

let satoriFontList: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The kit's two faces in the form satori takes (print surfaces and the site's link previews). */
export const satoriFonts = () =>
  (satoriFontList ??= (['regular', 'bold'] as const).map((k) => ({ name: fontFamily, data: fontBytes()[k], weight: fontWeights[k], style: 'normal' as const })));

/** Characters of `text` that a face has no glyph for (spaces, soft hyphens and line breaks aside): they would print as empty boxes. */
export function missingGlyphs(text: string, key: FontKey): string[] {
  const f = face(key);
  return [...new Set([...text].filter((ch) => !/[\s\u00AD]/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!)))];
}
