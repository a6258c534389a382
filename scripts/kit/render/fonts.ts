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

type Fontkit = ReturnType<typeof fontkit.create>;
let faces: Record<FontKey, Fontkit> | undefined;
function face(key: FontKey): Fontkit {
  faces ??= { regular: fontkit.create(fontBytes().regular), bold: fontkit.create(fontBytes().bold) };
  return faces[key];
}

/**
 * Per character: the glyph's own advance and the advance after kerning, in font units. The PDF
 * writer adds the difference as TJ adjustments, so printed words keep the kerning satori measured.
 */
export function kerning(text: string, key: FontKey): { chars: string[]; kern: number[]; unitsPerEm: number } | undefined {
  const f = face(key);
  const run = f.layout(text, fontFeatures as never);
  const chars = [...text];
  if (run.glyphs.length !== chars.length) return undefined;
  return { chars, kern: run.glyphs.map((g, i) => run.positions[i]!.xAdvance - g.advanceWidth), unitsPerEm: f.unitsPerEm };
}

/** Width in points of a string as the PDF draws it: same shaping features, kerning included. */
export function advance(text: string, key: FontKey, size: number): number {
  const f = face(key);
  const run = f.layout(text, fontFeatures as never);
  let units = 0;
  for (const p of run.positions) units += p.xAdvance;
  return (units * size) / f.unitsPerEm;
}

/** How far glyphs reach above and below the baseline, in points. */
export function verticalExtent(key: FontKey, size: number): { ascent: number; descent: number } {
  const f = face(key);
  return { ascent: (f.ascent * size) / f.unitsPerEm, descent: (-f.descent * size) / f.unitsPerEm };
}
