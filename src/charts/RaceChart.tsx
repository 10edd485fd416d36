import { useMemo } from 'react';
import { linePath } from './linePath';
import { usePlot } from './usePlot';
import { Plot } from './Plot';

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
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
}

const FLOOR = 1e-9;

/** Every lane's loss above the minimum, step by step, on one log axis. */
export function RaceChart({ lines, steps, title, description, axisTitles, decimal }: RaceChartProps) {
  const yDomain = useMemo((): [number, number] => {
    let hi = FLOOR * 10;
    for (const l of lines) for (const g of l.gaps) if (g > hi) hi = g;
    return [FLOOR, Math.pow(10, Math.ceil(Math.log10(hi)))];
  }, [lines]);
  const xDomain = useMemo((): [number, number] => [0, Math.max(1, steps)], [steps]);
  const legend = lines.map((l) => ({
    label: l.label,
    symbol: <line x1={-12} x2={12} className={`race-line ${l.className}`} />,
  }));
  const plot = usePlot({ x: { domain: xDomain }, y: { domain: yDomain, log: true }, decimal, legend, aspect: 0.5 });
  const { x, y } = plot;
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
    <Plot plot={plot} title={title} description={description} xLabel={axisTitles.x} yLabel={axisTitles.y}>
      {(clip) => (
        <g clipPath={clip}>
          {lines.map((l) => (
            <path key={l.label} className={`race-line ${l.className}`} d={draw(l.gaps)} />
          ))}
        </g>
      )}
    </Plot>
  );
}
