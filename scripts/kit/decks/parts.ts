/** Building blocks that several card templates share (headings, bullet lists, label/value facts). */
import { box, row, text, type El } from '../render/el.ts';
import { colors, type } from '../theme.ts';

/** A flex item that takes the remaining width and lets its text wrap. */
export const grow = { flexGrow: 1, flexShrink: 1, flexBasis: 0 } as const;

export const cardTitle = (key: string, value: string): El =>
  text(key, value, { fontSize: type.title, fontWeight: 700, lineHeight: 1.15, marginTop: 4 });

export const sectionLabel = (key: string, value: string, marginTop = 7): El =>
  text(key, value, { fontSize: type.small, fontWeight: 700, color: colors.muted, lineHeight: 1.2, marginTop });

export const paragraph = (key: string, value: string, marginTop = 5): El =>
  text(key, value, { fontSize: type.body, lineHeight: 1.3, marginTop });

/** Bullets are drawn dots, not characters, so copied text is just the items. */
export function bullets(key: string, items: readonly string[], size: number = type.body): El {
  return box(
    { gap: 2.5, marginTop: 3 },
    ...items.map((item, i) =>
      row(
        { gap: 5 },
        box({ width: 3, height: 3, borderRadius: 1.5, backgroundColor: colors.ink, marginTop: size * 0.55 }),
        text(`${key}.${i}`, item, { ...grow, fontSize: size, lineHeight: 1.3 }),
      ),
    ),
  );
}

/**
 * A label and its value on one line (the value wraps under itself). One line per fact keeps the
 * reading order of copied text: "Duur 85 min", not "Duur Groepsgrootte 85 min 4 tot 8".
 */
export function fact(key: string, label: string, value: string, labelWidth = 60): El {
  return row(
    { gap: 6 },
    text(`${key}.label`, label, { width: labelWidth, fontSize: type.small, color: colors.muted, lineHeight: 1.3 }, { hyphenate: false }),
    text(key, value, { ...grow, fontSize: type.small, lineHeight: 1.3 }),
  );
}
