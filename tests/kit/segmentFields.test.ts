/** Laid-out words find their way back to their fields by walking both texts in step. */
import { describe, expect, it } from 'vitest';
import { segmentFields } from '../../scripts/kit/render/segmentFields.ts';

const segs = (...texts: string[]) => texts.map((text) => ({ text }));

describe('segment fields', () => {
  it('names the field of each segment and where in it the segment ends, across spaces and fields', () => {
    const sources = segmentFields(segs('Een ', 'kaart', ' ', 'Twee'), ['Een kaart', 'Twee'], ['title', 'body']);
    expect(sources).toEqual([
      { field: 0, end: 3 },
      { field: 0, end: 9 },
      { field: 0, end: -1 },
      { field: 1, end: 4 },
    ]);
  });

  it('skips a field that printed nothing', () => {
    expect(segmentFields(segs('B'), ['', 'B'], ['empty', 'b'])).toEqual([{ field: 1, end: 1 }]);
  });

  it('stops when the layout shows text no field has', () => {
    expect(() => segmentFields(segs('Een', 'X'), ['Een'], ['title'])).toThrow('matches no field');
    expect(() => segmentFields(segs('Eem'), ['Een'], ['title'])).toThrow('does not match field "title" at "n"');
  });
});
