import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from './linePath';
import { PlotAxes } from './PlotAxes';
import { ChartSvg } from './ChartSvg';
import { useChartDimensions } from './useChartDimensions';
import { decadeTicks } from './axisLayout';
import { legendOrigin } from './plotLayout';
import { usePlotFrame } from './usePlotFrame';
import { Legend } from './Legend';

export interface RaceLine {
  readonly label: string;
  /** Distance to the minimum loss at each step so far (drawn on a log axis). */
  readonly gaps: readonly number[];
  /** CSS class giving the lane its colour and dash. */
  readonly className: string;
}

interface RaceChartProps {
  readonly lines: readonly RaceLine[];
  /** Steps on the x axis (the longest run). */
  readonly steps: number;
  readonly title: string;
  readonly description: string;
  /** The axes' titles, in the page's language. */
  readonly axisTitles: { readonly x: string; readonly y: string };
  readonly formatTick: (value: number) => string;
}

const FLOOR = 1e-9;

/** Every lane's loss above the minimum, step by step, on one log axis. */
export function RaceChart({ lines, steps, title, description, axisTitles, formatTick }: RaceChartProps) {
  const [ref, size] = useChartDimensions(0.5);
  const yDomain = useMemo((): [number, number] => {
    let hi = FLOOR * 10;
    for (const l of lines) for (const g of l.gaps) if (g > hi) hi = g;
    return [FLOOR, Math.pow(10, Math.ceil(Math.log10(hi)))];
  }, [lines]);
  const xDomain = useMemo((): [number, number] => [0, Math.max(1, steps)], [steps]);
  const yTicks = useMemo(
    () => (h: number) => decadeTicks(yDomain, h, size.fontSize * 1.8, formatTick),
    [yDomain, size.fontSize, formatTick],
  );
  const { layout, dims } = usePlotFrame(
    size,
    yTicks,
    xDomain,
    lines.map((l) => l.label),
  );
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, dims.innerWidth]), [xDomain, dims.innerWidth]);
  const y = useMemo(() => scaleLog().domain(yDomain).range([dims.innerHeight, 0]), [yDomain, dims.innerHeight]);
  const draw = useMemo(
    () => (gaps: readonly number[]) =>
      linePath(
        gaps,
        (_, i) => x(i),
        (g) => y(Math.max(g, FLOOR)),
      ),
    [x, y],
  );
  return (
    <ChartSvg chartRef={ref} dims={dims} title={title} description={description}>
      {(clip) => (
        <>
          <PlotAxes
            x={x}
            y={y}
            dims={dims}
            layout={layout}
            fontSize={size.fontSize}
            xLabel={axisTitles.x}
            yLabel={axisTitles.y}
          />
          <g clipPath={clip}>
            {lines.map((l) => (
              <path key={l.label} className={`race-line ${l.className}`} d={draw(l.gaps)} />
            ))}
          </g>
          <Legend
            entries={lines.map((l) => ({
              label: l.label,
              symbol: <line x1={-12} x2={12} className={`race-line ${l.className}`} />,
            }))}
            layout={layout.legend}
            fontSize={size.fontSize}
            origin={legendOrigin(layout.margins)}
          />
        </>
      )}
    </ChartSvg>
  );
}
