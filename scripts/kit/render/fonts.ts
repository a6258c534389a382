/**
 * The kit's typeface: Atkinson Hyperlegible Next, regular and bold, from the TTF files (pdf-lib's
 * fontkit crashes on WOFF2 subsets; the TTFs also carry ĳ, ë, é, ï). The same bytes feed satori's
 * layout, the PDF embedding and the PNG previews, so measured and printed text agree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

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

/** Ligatures off: pdf-lib measures per code point and would misplace "fi" (pdf-lib #490, #871). */
export const fontFeatures = { liga: false, clig: false } as const;

let bytes: Record<FontKey, Buffer> | undefined;
export function fontBytes(): Record<FontKey, Buffer> {
  bytes ??= { regular: readFileSync(fontFiles.regular), bold: readFileSync(fontFiles.bold) };
  return bytes;
}

type Face = ReturnType<typeof fontkit.create>;
const parsed = new Map<Uint8Array, Face>();

/**
 * fontkit for pdf-lib, sharing one parsed font per file across all PDFs of a build and remembering
 * each shaped string: parsing and shaping were most of the kit's build time. Subsets stay per PDF
 * (pdf-lib asks the font for a fresh subset each time); shaping results are only read, never changed.
 */
export const sharedFontkit = {
  ...fontkit,
  create(bytes: Uint8Array): Face {
    let f = parsed.get(bytes);
    if (!f) {
      f = fontkit.create(bytes);
      const layout = f.layout.bind(f);
      const runs = new Map<string, ReturnType<Face['layout']>>();
      f.layout = (text, features) => {
        const key = `${JSON.stringify(features ?? null)}\u0000${text}`;
        let run = runs.get(key);
        if (!run) runs.set(key, (run = layout(text, features)));
        return run;
      };
      parsed.set(bytes, f);
    }
    return f;
  },
};

const face = (key: FontKey): Face => sharedFontkit.create(fontBytes()[key]);

/**
 * Per character: the glyph's own advance and the advance after kerning, in font units. The PDF
 * writer adds the difference as TJ adjustments, so printed words keep the kerning satori measured.
 */
type Kerning = { chars: string[]; kern: number[]; unitsPerEm: number } | undefined;
/** Shaping is the kit's hottest path and words repeat a lot: shape each word once. */
const kernCache: Record<FontKey, Map<string, Kerning>> = { regular: new Map(), bold: new Map() };
const widthCache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };

export function kerning(text: string, key: FontKey): Kerning {
  const cached = kernCache[key].get(text);
  if (cached || kernCache[key].has(text)) return cached;
  const value = shapeKerning(text, key);
  kernCache[key].set(text, value);
  return value;
}

function shapeKerning(text: string, key: FontKey): Kerning {
  const f = face(key);
  const run = f.layout(text, fontFeatures as never);
  const chars = [...text];
  if (run.glyphs.length !== chars.length) return undefined;
  return { chars, kern: run.glyphs.map((g, i) => run.positions[i]!.xAdvance - g.advanceWidth), unitsPerEm: f.unitsPerEm };
}

/** Width in points of a string as the PDF draws it: same shaping features, kerning included. */
export function advance(text: string, key: FontKey, size: number): number {
  const f = face(key);
  let units = widthCache[key].get(text);
  if (units === undefined) {
    units = 0;
    for (const p of f.layout(text, fontFeatures as never).positions) units += p.xAdvance;
    widthCache[key].set(text, units);
  }
  return (units * size) / f.unitsPerEm;
}

/** How far glyphs reach above and below the baseline, in points. */
export function verticalExtent(key: FontKey, size: number): { ascent: number; descent: number } {
  const f = face(key);
  return { ascent: (f.ascent * size) / f.unitsPerEm, descent: (-f.descent * size) / f.unitsPerEm };
}
