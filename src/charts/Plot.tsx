import type { ReactNode } from 'react';
import { ChartSvg } from './ChartSvg';
import { Legend } from './Legend';
import { PlotAxes } from './PlotAxes';
import { legendOrigin } from './plotLayout';
import type { AxisTicks } from './axisLayout';
import type { Plot as PlotFrame } from './usePlot';

interface PlotProps {
  /** The plot's size, layout and scales (usePlot). */
  readonly plot: PlotFrame;
  readonly title: string;
  /** The text alternative: the chart's current values in words. */
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** "img" for a picture; "group" when the chart holds controls. */
  readonly role?: 'img' | 'group';
  readonly className?: string;
  readonly defs?: ReactNode;
  /** Light grid lines across the plot (off over filled contours). */
  readonly grid?: boolean;
  /** The bottom axis's ticks where the chart chooses them (a log rate axis); else as many as fit. */
  readonly xTicks?: AxisTicks;
  /** Marks drawn under the axes (filled contours), inside the margins; `clip` is the plot's clip. */
  beneath?(clip: string): ReactNode;
  /** The marks, drawn over the axes and under the legend. */
  children(clip: string): ReactNode;
}

/** A chart's frame, axes and legend around its marks: what every plot draws alike. */
export function Plot({ plot, xLabel, yLabel, grid, xTicks, beneath, children, ...frame }: PlotProps) {
  const { layout, dims, size } = plot;
  return (
    <ChartSvg chartRef={plot.ref} dims={dims} {...frame}>
      {(clip) => (
        <>
          {beneath?.(clip)}
          <PlotAxes
            x={plot.x}
            y={plot.y}
            dims={dims}
            layout={layout}
            fontSize={size.fontSize}
            decimal={plot.decimal}
            xLabel={xLabel}
            yLabel={yLabel}
            grid={grid}
            xTicks={xTicks}
          />
          {children(clip)}
          {/* Labels live in a legend above the plot, where they cannot cover the marks or each other. */}
          {plot.legend.length > 0 && (
            <Legend
              entries={plot.legend}
              layout={layout.legend}
              fontSize={size.fontSize}
              origin={legendOrigin(layout.margins)}
            />
          )}
        </>
      )}
    </ChartSvg>
  );
}
