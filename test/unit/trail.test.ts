import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Trail, type StepCodec } from '../../src/engine/trail';

// A step is a pair; the codec stores it and replays it with its index.
const codec: StepCodec<{ a: number; b: number; index: number }> = {
  width: 2,
  encode: (s, into, o) => {
    into[o] = s.a;
    into[o + 1] = s.b;
  },
  decode: (from, o, index) => ({ a: from[o]!, b: from[o + 1]!, index }),
};

describe('Trail', () => {
  it('stores steps and replays them by index', () => {
    const trail = Trail.empty(codec).append({ a: 1, b: 2, index: 0 }).append({ a: 3, b: 4, index: 1 });
    expect(trail.length).toBe(2);
    expect(trail.at(1)).toEqual({ a: 3, b: 4, index: 1 });
    expect(trail.last()).toEqual({ a: 3, b: 4, index: 1 });
    expect(trail.extent(0)).toEqual([1, 3]);
    expect(trail.value(1, 1)).toBe(4);
    expect(() => trail.at(2)).toThrow(RangeError);
  });

  it('every version keeps what it showed, whatever is appended to it or to its relatives', () => {
    // Operations: append a value to some version, or cut some version back.
    const op = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), from: fc.nat(), value: fc.double({ noNaN: true }) }),
      fc.record({ kind: fc.constant('slice' as const), from: fc.nat(), length: fc.nat(40) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const versions: { trail: Trail<{ a: number; b: number; index: number }>; expected: number[] }[] = [
          { trail: Trail.empty(codec), expected: [] },
        ];
        for (const o of ops) {
          const base = versions[o.from % versions.length]!;
          if (o.kind === 'append') {
            versions.push({
              trail: base.trail.append({ a: o.value, b: -o.value, index: 0 }),
              expected: [...base.expected, o.value],
            });
          } else {
            versions.push({ trail: base.trail.slice(o.length), expected: base.expected.slice(0, o.length) });
          }
        }
        for (const { trail, expected } of versions) {
          expect(trail.length).toBe(expected.length);
          expected.forEach((value, i) => expect(trail.at(i).a).toBe(value));
          // A derived column, cached with the buffer, agrees with every version too.
          expect([...trail.derived('double', (s) => 2 * s.a)]).toEqual(expected.map((v) => 2 * v));
        }
      }),
    );
  });
});
