import { describe, expect, it } from 'vitest';
import { colourTicks } from '../../src/charts/ColourScale';

describe('colourTicks within one decade', () => {
  it('labels the ends with two significant digits, rounded inwards onto the bar', () => {
    const ticks = colourTicks([0.823456, 0.976543], 300, 13);
    expect(ticks.labels).toEqual(['0.83', '0.97']);
    expect(ticks.values).toEqual([0.83, 0.97]);
  });

  it('takes a third digit when two would cross, and writes the language decimal sign', () => {
    const ticks = colourTicks([0.8234, 0.8256], 300, 13, ',');
    expect(ticks.labels).toEqual(['0,824', '0,825']);
  });

  it('keeps large and tiny ends short', () => {
    expect(colourTicks([12345.678, 54321.9], 300, 13).labels).toEqual(['13k', '54k']);
    expect(colourTicks([0.00123456, 0.00456789], 300, 13).labels).toEqual(['1.3e-3', '4.5e-3']);
  });
});
