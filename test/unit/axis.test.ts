import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { drawsTheSame, type AxisProps } from '../../src/charts/Axis';

/** An axis's props with the ticks its scale gives, as the charts pass them. */
function withTicks(props: Omit<AxisProps, 'ticks'>): AxisProps {
  const values = props.scale.ticks(6);
  return { ...props, ticks: { values, labels: values.map(String) } };
}

const axis = (domain: [number, number], extra: Partial<AxisProps> = {}): AxisProps =>
  withTicks({
    scale: scaleLinear().domain(domain).range([300, 0]).nice(),
    orient: 'left',
    gridLength: 400,
    label: 'y',
    titleBaseline: -40,
    titleSize: 14,
    ...extra,
  });

describe('an axis redraws only when what it draws changes', () => {
  it('a new scale whose nice domain and ticks are the same draws the same', () => {
    expect(drawsTheSame(axis([0, 4.9]), axis([0, 4.95]))).toBe(true);
  });

  it('ticks that move, another range, another label or size draw anew', () => {
    expect(drawsTheSame(axis([0, 4.9]), axis([0, 6.2]))).toBe(false);
    expect(
      drawsTheSame(axis([0, 5]), withTicks({ ...axis([0, 5]), scale: scaleLinear().domain([0, 5]).range([200, 0]) })),
    ).toBe(false);
    expect(drawsTheSame(axis([0, 5]), axis([0, 5], { label: 'loss' }))).toBe(false);
    expect(drawsTheSame(axis([0, 5]), axis([0, 5], { gridLength: 300 }))).toBe(false);
  });

  it('a log scale over the same decades draws the same; another decade does not', () => {
    const log = (lo: number, hi: number): AxisProps =>
      withTicks({ ...axis([0, 1]), scale: scaleLog().domain([lo, hi]).range([300, 0]) });
    expect(drawsTheSame(log(0.01, 100), log(0.01, 100))).toBe(true);
    expect(drawsTheSame(log(0.01, 100), log(0.001, 100))).toBe(false);
  });
});
