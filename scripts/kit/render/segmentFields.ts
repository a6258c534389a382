/**
 * satori's SVG says where each word went but not which field it came from. The fields are laid out
 * in tree order and so are the words, so walking both texts in step (spaces aside) finds each one.
 */

/** Where a text segment came from: the index of its field and the position just after its last non-space character in that field's text (-1 for a segment of spaces only). */
export interface SegmentSource {
  field: number;
  end: number;
}

const isSpace = (ch: string) => /\s/.test(ch);

/**
 * The source of each segment. `fieldTexts` are the texts the fields were laid out with, in tree
 * order; `keys` name the fields in the error when the two texts part ways.
 */
export function segmentFields(segments: readonly { text: string }[], fieldTexts: readonly string[], keys: readonly string[]): SegmentSource[] {
  let fi = 0;
  let ci = 0;
  return segments.map((seg) => {
    let end = -1;
    for (const ch of seg.text) {
      if (isSpace(ch)) continue;
      for (;;) {
        const t = fieldTexts[fi];
        if (t === undefined) throw new Error(`Internal: text "${seg.text}" from the layout matches no field`);
        while (ci < t.length && isSpace(t[ci]!)) ci++;
        if (ci < t.length) break;
        fi++;
        ci = 0;
      }
      const expected = fieldTexts[fi]![ci];
      if (expected !== ch) throw new Error(`Internal: layout text "${seg.text}" does not match field "${keys[fi]}" at "${fieldTexts[fi]!.slice(ci, ci + 12)}"`);
      ci++;
      end = ci;
    }
    return { field: fi, end };
  });
}
