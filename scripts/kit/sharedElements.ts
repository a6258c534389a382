/** Element pieces that card templates (decks/) and job-aids (jobAids/) both use. */
import { row, text, type El, type Style } from './render/el.ts';
import { colors } from './palette.ts';

/** A flex item that takes the remaining width and lets its text wrap. */
export const flexFill = { flexGrow: 1, flexShrink: 1, flexBasis: 0 } as const;

export interface TitleAndWhoSizes {
  /** Type size of the title (bold). */
  size: number;
  /** Type size of who leads it (muted); the title's size when left out. */
  whoSize?: number;
  /** Line pitch in points, the same for both sizes so their baselines line up. */
  pitch: number;
  gap: number;
}

/**
 * A step or phase title with who leads it right behind it (on the same line when it fits), so
 * copied text reads in order: "Situatie schetsen Inbrenger". Keys: `<key>.title`, `<key>.who`.
 */
export function titleAndWho(key: string, title: string, who: string, sizes: TitleAndWhoSizes, style: Style = {}): El {
  const whoSize = sizes.whoSize ?? sizes.size;
  return row(
    { ...style, flexWrap: 'wrap', columnGap: sizes.gap },
    text(`${key}.title`, title, { flexShrink: 1, fontSize: sizes.size, fontWeight: 700, lineHeight: sizes.pitch / sizes.size }),
    text(`${key}.who`, who, { flexShrink: 1, fontSize: whoSize, color: colors.muted, lineHeight: sizes.pitch / whoSize }, { hyphenate: false }),
  );
}
