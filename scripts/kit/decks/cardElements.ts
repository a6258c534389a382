/** Building blocks that several card templates share (titles, labels, bullet lists, facts, chips). */
import { box, row, text, type El } from '../render/el.ts';
import { colors } from '../palette.ts';
import { flexFill } from '../sharedElements.ts';
import { typeScale } from '../typeScale.ts';

export const cardTitle = (key: string, value: string): El =>
  text(key, value, { fontSize: typeScale.title, fontWeight: 700, lineHeight: 1.15, marginTop: 4 });

export const sectionLabel = (key: string, value: string, marginTop = 7): El =>
  text(key, value, { fontSize: typeScale.small, fontWeight: 700, color: colors.muted, lineHeight: 1.2, marginTop });

export const paragraph = (key: string, value: string, marginTop = 5): El =>
  text(key, value, { fontSize: typeScale.body, lineHeight: 1.3, marginTop });

/** A short label on a tinted pill: a method's question types, a question's category. */
export const chip = (key: string, value: string, bold = false): El =>
  box(
    { backgroundColor: colors.tint, borderRadius: 2.5, paddingLeft: 4, paddingRight: 4, paddingTop: 1.5, paddingBottom: 1.5 },
    text(key, value, { fontSize: typeScale.small, ...(bold ? { fontWeight: 700 } : {}), lineHeight: 1.2 }),
  );

/** Bullets are drawn dots, not characters, so copied text is just the items. */
export function bullets(key: string, items: readonly string[], size: number = typeScale.body): El {
  return box(
    { gap: 2.5, marginTop: 3 },
    ...items.map((item, i) =>
      row(
        { gap: 5 },
        box({ width: 3, height: 3, borderRadius: 1.5, backgroundColor: colors.ink, marginTop: size * 0.55 }),
        text(`${key}.${i}`, item, { ...flexFill, fontSize: size, lineHeight: 1.3 }),
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
    text(`${key}.label`, label, { width: labelWidth, fontSize: typeScale.small, color: colors.muted, lineHeight: 1.3 }, { hyphenate: false }),
    text(key, value, { ...flexFill, fontSize: typeScale.small, lineHeight: 1.3 }),
  );
}
