import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import temml from 'temml';
import { byShape, filled } from '../../src/components/math/mathTemplate';
import { fixed4 } from '../../src/format/number';
import { factor } from '../../src/components/math/formula';

// As the page typesets: inline, wrapping at top-level operators (src/components/math/typeset.ts).
const render = (tex: string) => temml.renderToString(tex, { displayMode: false, wrap: 'tex', throwOnError: false });

/** The live formulas' shapes, as the derivations write them. */
const FORMULAS: ((a: number, b: number, c: number) => string)[] = [
  (a, b, c) =>
    String.raw`\frac{d\,\mathrm{SSR}}{d b_3} = -2\times(0.0000 - ${factor(a).tex})\times 1 + -2\times(1.0000 - ${factor(b).tex})\times 1 = ${fixed4(c)}`,
  (a, b, c) =>
    String.raw`\frac{d\,\mathrm{SSR}}{d w_1} = -2\times(${fixed4(a)} - ${factor(b).tex})\times ${factor(c).tex} + \cdots = ${fixed4(c)}`,
  (a, b) => String.raw`${fixed4(a)} - 0.001 \times ${factor(b).tex} = ${fixed4(a - b)}`,
];

describe('byShape', () => {
  it('writes what the typesetter writes, for any numbers in the slots', () => {
    const shaped = byShape(render);
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom(...FORMULAS), value, value, value, (formula, a, b, c) => {
        const tex = formula(a, b, c);
        expect(filled(shaped(tex))).toBe(render(tex));
      }),
      { numRuns: 300 },
    );
  });

  it('typesets a shape once, however many numbers pass through it', () => {
    const calls: string[] = [];
    const shaped = byShape((tex) => {
      calls.push(tex);
      return render(tex);
    });
    for (let i = 0; i < 10; i++) shaped(FORMULAS[0]!(i / 7, 1 + i / 3, 1 + i));
    // Signs are part of the shape: (−b) typesets differently from b, so it is a second shape.
    shaped(FORMULAS[0]!(-1, 1, 1));
    // Same shape, same markup string: the page keeps its typeset DOM and only writes the numbers.
    expect(shaped(FORMULAS[0]!(0.1, 1.2, 2.3)).markup).toBe(shaped(FORMULAS[0]!(4.5, 5.6, 6.7)).markup);
    expect(shaped(FORMULAS[0]!(0.1, 1.2, 2.3)).values).toEqual(['0.0000', '0.1000', '1.0000', '1.2000', '2.3000']);
    expect(calls).toEqual([FORMULAS[0]!(0, 1, 0).replace(/\d+\.\d+/g, '0.0000'), expect.stringContaining('(-0.0000)')]);
  });

  it('slots decimals written with a comma, as a Spanish page writes them', () => {
    const comma = (tex: string) => tex.replace(/(\d)\.(\d)/g, '$1,$2');
    const shaped = byShape(render);
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom(...FORMULAS), value, value, value, (formula, a, b, c) => {
        const tex = comma(formula(a, b, c));
        const typeset = shaped(tex);
        expect(typeset.values.length).toBeGreaterThan(0);
        expect(filled(typeset)).toBe(render(tex));
      }),
      { numRuns: 100 },
    );
  });

  it('typesets a formula with no decimals as it is', () => {
    const calls: string[] = [];
    const shaped = byShape((tex) => (calls.push(tex), render(tex)));
    expect(shaped('x^2 + 1')).toEqual({ markup: render('x^2 + 1'), values: [] });
    expect(calls).toEqual(['x^2 + 1']);
  });

  it('falls back to typesetting the whole formula when slots do not match one to one', () => {
    // \text{} keeps 1.5 inside a text run, so the shape's markup has no <mn> slot for it.
    const tex = String.raw`\text{rate 1.5} + 2.2500`;
    expect(byShape(render)(tex)).toEqual({ markup: render(tex), values: [] });
  });
});
