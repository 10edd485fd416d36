import { useId, type ReactNode, type Ref } from 'react';
import type { Dimensions } from './useChartDimensions';

interface ChartSvgProps {
  readonly chartRef: Ref<HTMLDivElement>;
  readonly dims: Dimensions;
  readonly title: string;
  /** The text alternative: the chart's current values in words. */
  readonly description: string;
  /** "img" for a picture; "group" when the chart holds controls (an image may not). */
  readonly role?: 'img' | 'group';
  readonly className?: string;
  /** Extra <defs> (arrow markers). */
  readonly defs?: ReactNode;
  /** The plot, drawn inside the margins; `clip` is the url() of the plot-area clip path. */
  children(clip: string): ReactNode;
}

/** The frame every chart shares: sized SVG, title and description, plot clip, margins. */
export function ChartSvg({
  chartRef,
  dims,
  title,
  description,
  role = 'img',
  className,
  defs,
  children,
}: ChartSvgProps) {
  const id = useId();
  return (
    // Sized to its svg (which it holds anyway) so that it can be contained (styles.css, .chart): a
    // Step redraws marks inside it without laying out or repainting anything around it.
    <div
      ref={chartRef}
      className={className ? `chart sized ${className}` : 'chart sized'}
      style={{ height: dims.height }}
    >
      <svg role={role} aria-labelledby={`${id}-title ${id}-desc`} width={dims.width} height={dims.height}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <clipPath id={`${id}-clip`}>
            <rect width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
          {defs}
        </defs>
        <g transform={`translate(${dims.left},${dims.top})`}>{children(`url(#${id}-clip)`)}</g>
      </svg>
    </div>
  );
}
