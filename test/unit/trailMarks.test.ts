import { describe, expect, it } from 'vitest';
import { trailMarks } from '../../src/charts/trailMarks';

const STYLE = { dot: 4, end: 7, head: 9 };
/** The numbers of a path's `d`, in order. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

describe('trailMarks', () => {
  it('draws an arrow per step, its head touching the next mark, and a dot at every point but the last', () => {
    const marks = trailMarks(
      [
        [0, 0],
        [100, 0],
        [100, 50],
      ],
      STYLE,
    );
    // Two shafts: to 4 + 9 px before the middle dot, and to 7 + 9 px before the last point.
    expect(numbers(marks.shafts)).toEqual([0, 0, 87, 0, 100, 0, 100, 34]);
    // Heads: tip at the edge of the next mark, base 9 px back and 9 px wide.
    expect(numbers(marks.heads)).toEqual([96, 0, 87, 4.5, 87, -4.5, 100, 43, 95.5, 34, 104.5, 34]);
    expect(marks.dots.match(/M/g)).toHaveLength(2);
  });

  it('leaves a head off a step too short to hold one', () => {
    const marks = trailMarks(
      [
        [0, 0],
        [10, 0],
      ],
      STYLE,
    );
    expect(numbers(marks.shafts)).toEqual([0, 0, 10, 0]);
    expect(marks.heads).toBe('');
  });

  it('skips points that are not finite, and draws nothing for an empty trail', () => {
    const marks = trailMarks(
      [
        [0, 0],
        [NaN, 5],
        [200, 0],
      ],
      STYLE,
    );
    expect(marks.shafts).toBe('');
    expect(marks.dots.match(/M/g)).toHaveLength(1);
    expect(trailMarks([], STYLE)).toEqual({ shafts: '', heads: '', dots: '' });
  });
});
