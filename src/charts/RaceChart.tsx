import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from './linePath';
import { Axis } from './Axis';
import { ChartSvg } from './ChartSvg';
import { PLOT_MARGINS, useChartDimensions } from './useChartDimensions';

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
  readonly formatTick: (value: number) => string;
}

const FLOOR = 1e-9;

/** Every lane's loss above the minimum, step by step, on one log axis. */
export function RaceChart({ lines, steps, title, description, formatTick }: RaceChartProps) {
  const [ref, dims] = useChartDimensions(PLOT_MARGINS, 0.5);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, steps)])
        .range([0, dims.innerWidth]),
    [steps, dims.innerWidth],
  );
  const y = useMemo(() => {
    let hi = FLOOR * 10;
    for (const l of lines) for (const g of l.gaps) if (g > hi) hi = g;
    return scaleLog().domain([FLOOR, hi]).range([dims.innerHeight, 0]).nice();
  }, [lines, dims.innerHeight]);
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
          <Axis
            scale={y}
            orient="left"
            gridLength={dims.innerWidth}
            label="Loss above the minimum"
            ticks={4}
            format={formatTick}
          />
          <Axis scale={x} orient="bottom" gridLength={dims.innerHeight} label="Step" />
          <g clipPath={clip}>
            {lines.map((l) => (
              <path key={l.label} className={`race-line ${l.className}`} d={draw(l.gaps)} />
            ))}
          </g>
          <g className="legend" transform={`translate(${dims.innerWidth - 8},8)`}>
            {lines.map((l, i) => (
              <g key={l.label} transform={`translate(0,${i * 20})`}>
                <line x1={-28} x2={-4} className={`race-line ${l.className}`} />
                <text x={-34} dy="0.32em" textAnchor="end">
                  {l.label}
                </text>
              </g>
            ))}
          </g>
        </>
      )}
    </ChartSvg>
  );
}
