import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3';
import { decadeTick, tickFormat } from '../../src/charts/tickFormat';
import {
  bottomAxisRoom,
  decadeTicks,
  fitsAcross,
  horizontalTicks,
  leftAxisRoom,
  textWidth,
  verticalTicks,
  widest,
} from '../../src/charts/axisLayout';
import { legendLayout, linesLike, widthShape, wrapText } from '../../src/charts/legendLayout';
import { plotLayout } from '../../src/charts/plotLayout';
import { dotRadius } from '../../src/charts/DataPoints';
import { networkLayout } from '../../src/scenarios/network/views/networkLayout';

const labels = (values: number[]) => values.map(tickFormat(values));

describe('tick labels are short whatever the size of the numbers', () => {
  it('plain decimals below 10,000, trailing zeros dropped', () => {
    expect(labels([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2])).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1', '1.2']);
    expect(labels([-1200, -1000, -800])).toEqual(['-1200', '-1000', '-800']);
    expect(labels([0, 0.25, 0.5])).toEqual(['0', '0.25', '0.5']);
  });

  it('an SI prefix from 10,000 on (d3-format ~s style)', () => {
    expect(labels([0, 500000, 1000000, 1500000])).toEqual(['0', '0.5M', '1M', '1.5M']);
    expect(labels([-80000, -60000, -40000, -20000, 0, 20000])).toEqual(['-80k', '-60k', '-40k', '-20k', '0', '20k']);
    expect(labels([2e9, 4e9])).toEqual(['2G', '4G']);
  });

  it('exponent form beyond 10^15 and for ticks all below 0.01', () => {
    expect(labels([0, 1e16, 2e16])).toEqual(['0', '1e16', '2e16']);
    expect(labels([0.001, 0.002, 0.003])).toEqual(['1e-3', '2e-3', '3e-3']);
    expect(labels([0.0025, 0.005])).toEqual(['2.5e-3', '5e-3']);
  });

  it('neighbouring ticks never read the same, and no label is longer than 10 characters (sign, five digits, exponent)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e17, max: 1e17, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e17, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (lo, span, count) => {
          // A view at least a thousandth as wide as its values are large, as every chart's is.
          const width = Math.max(span, Math.abs(lo) * 1e-3);
          const values = scaleLinear()
            .domain([lo, lo + width])
            .ticks(count);
          const text = labels(values);
          for (let i = 1; i < text.length; i++) expect(text[i]).not.toBe(text[i - 1]);
          for (const t of text) expect(t.length).toBeLessThanOrEqual(10);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('log axes label the decades compactly', () => {
    expect([1e-6, 0.01, 1, 100, 1000, 1e4, 1e6, 1e15].map(decadeTick)).toEqual([
      '1e-6',
      '0.01',
      '1',
      '100',
      '1000',
      '10k',
      '1M',
      '1e15',
    ]);
    expect(decadeTick(300)).toBe('');
  });
});

describe('margins come from the labels drawn', () => {
  it('a wider label widens the left margin by its width; the title stays clear of it', () => {
    const narrow = leftAxisRoom(widest(['0', '5'], 13), 14);
    const wide = leftAxisRoom(widest(['-2.5M', '-1.5M'], 13), 14);
    expect(wide.margin - narrow.margin).toBeCloseTo(textWidth('-2.5M', 13) - textWidth('5', 13), 0);
    // The rotated title's glyphs (descent to its right) end before the labels begin.
    const labelLeft = -(6 + 4 + widest(['-2.5M'], 13));
    expect(wide.titleBaseline + 0.24 * 14).toBeLessThan(labelLeft);
    expect(wide.margin).toBeGreaterThan(-wide.titleBaseline + 0.78 * 14);
  });

  it('the bottom margin holds a line of labels and the title below it, and grows with the type', () => {
    const small = bottomAxisRoom(13, 14);
    const large = bottomAxisRoom(17, 18.4);
    expect(small.titleBaseline - small.labelBaseline).toBeGreaterThan(14);
    expect(large.margin).toBeGreaterThan(small.margin);
  });

  it('a layout keeps the plot within the chart for huge and tiny values alike', () => {
    for (const top of [1, 1e6, 3e15, 0.004]) {
      const layout = plotLayout({
        size: { width: 400, height: 280, fontSize: 13 },
        yTicks: (h) => verticalTicks(scaleLinear().domain([-top, top]).range([h, 0]).nice(), h, 13),
        xDomain: [-top, top],
        legend: ['tangent slope 1333.5648', 'min b3* = 2.6092', 'now b3 = -975.3383'],
      });
      const { left, right, top: t, bottom } = layout.margins;
      expect(left + right).toBeLessThan(400);
      expect(t + bottom).toBeLessThan(280);
      expect(left).toBeGreaterThan(widest(layout.yTicks.labels, 13));
    }
  });
});

describe('x ticks fit across the plot', () => {
  it('drops ticks until centred labels keep an em apart', () => {
    const x = scaleLinear().domain([-1300, 300]).range([0, 200]);
    const ticks = horizontalTicks(x, 13);
    expect(fitsAcross(ticks, x, 13)).toBe(true);
    expect(ticks.values.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every tick when there is room', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 800]);
    expect(horizontalTicks(x, 13).values.length).toBeGreaterThan(5);
  });

  it('labels every k-th decade on a log axis when the decades are too many', () => {
    const all = decadeTicks([1e-12, 1e8], 2000, 24, decadeTick);
    const few = decadeTicks([1e-12, 1e8], 200, 24, decadeTick);
    expect(all.values.length).toBe(21);
    expect(few.values.length).toBeLessThan(9);
    expect(few.labels).toContain('1');
  });
});

describe('legends sit above the plot and wrap', () => {
  it('entries flow onto a new row when the next would not fit', () => {
    const wide = legendLayout(['a curve', 'before the last step'], 600, 13);
    const narrow = legendLayout(['a curve', 'before the last step'], 180, 13);
    expect(wide.entries.map((e) => e.y)).toEqual([wide.entries[0]!.y, wide.entries[0]!.y]);
    expect(narrow.entries[1]!.y).toBeGreaterThan(narrow.entries[0]!.y);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('a label wider than the legend wraps at spaces instead of being cut', () => {
    const lines = wrapText('ŷ = -12780.0000x + -3540.0000', 140, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('ŷ = -12780.0000x + -3540.0000');
    for (const line of lines.slice(0, -1)) expect(textWidth(line, 13)).toBeLessThanOrEqual(140);
  });

  it('labels that differ only in digits share a layout, each drawn with its own words', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 80, max: 400 }),
        (value, shift, width) => {
          const label = `ŷ = ${value.toFixed(4)}x + ${(value / 3).toFixed(4)} after the last step`;
          const other = label.replace(/[0-9]/g, (d) => String((Number(d) + shift) % 10));
          const shared = legendLayout([widthShape(label)], width, 13);
          const own = legendLayout([other], width, 13);
          expect(shared.height).toBe(own.height);
          expect(linesLike(other, shared.entries[0]!.lines)).toEqual(own.entries[0]!.lines);
        },
      ),
    );
    expect(linesLike('tangent slope -15.3750', ['tangent slope', '-00.0000'])).toEqual(['tangent slope', '-15.3750']);
    // A double space at a break: wrapText drops the empty word, and no word of the label is lost.
    const spaced = 'before the last  step 12';
    const lines = wrapText(widthShape(spaced), 60, 13);
    expect(linesLike(spaced, lines).join(' ').replace(/ +/g, ' ')).toBe('before the last step 12');
  });

  it('no entry runs past the legend width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 }),
        fc.integer({ min: 200, max: 900 }),
        (texts, width) => {
          const words = texts.map((t) => t.replace(/\S{12,}/g, 'long word'));
          const layout = legendLayout(words, width, 13);
          layout.entries.forEach((entry) => {
            const right = entry.x + 30 + Math.max(...entry.lines.map((l) => textWidth(l, 13)));
            expect(right).toBeLessThanOrEqual(width + 1);
          });
        },
      ),
    );
  });
});

describe('the network diagram gives every label a slot of its own', () => {
  const boxes = (width: number, fs: number) => {
    const layout = networkLayout(width, fs);
    return Object.entries(layout.labels).map(([name, s]) => {
      const left = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - s.width : s.x - s.width / 2;
      return { name, left, right: left + s.width, top: s.y - fs * 0.7, bottom: s.y + fs * 0.7, layout };
    });
  };

  it.each([
    [480, 13],
    [650, 13],
    [490, 17],
    [900, 17],
  ])('at %i px and %i px type no two slots overlap and all lie in the box', (width, fs) => {
    const all = boxes(width, fs);
    for (const a of all) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(width);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.bottom).toBeLessThanOrEqual(a.layout.height);
      for (const b of all) {
        if (a === b) continue;
        const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlaps, `${a.name} and ${b.name}`).toBe(false);
      }
    }
  });

  it('"softplus" fits inside its circle', () => {
    const layout = networkLayout(480, 17);
    expect(textWidth('softplus', 17 * 0.95)).toBeLessThan(2 * layout.radius.h1);
  });
});

describe('data dots shrink as points crowd', () => {
  it('keep their full size up to 20 points and reach 3 px from about 110, never growing with more points', () => {
    expect(dotRadius(3)).toBe(7);
    expect(dotRadius(20)).toBe(7);
    expect(dotRadius(80)).toBeCloseTo(3.5, 5);
    expect(dotRadius(200)).toBe(3);
    expect(dotRadius(5000)).toBe(3);
    for (let n = 1; n < 300; n++) expect(dotRadius(n + 1)).toBeLessThanOrEqual(dotRadius(n));
  });
});
