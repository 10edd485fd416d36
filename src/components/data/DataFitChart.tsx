import { useMemo } from 'react';
import { FitChart, type FitChartProps, type FitWords } from '../../charts/FitChart';
import { plain } from '../../format/number';
import { DataChartFrame } from './DataDropZone';
import { useDecimal } from '../common/useDecimal';
import { useT } from '../common/useT';

type DataFitChartProps = Omit<FitChartProps, 'words' | 'decimal'> & {
  /** The export's file name part and the values written under a recorded frame. */
  readonly slug: string;
  readonly caption: string;
};

/** The data and the model's fit, in its frame (export buttons, a drop zone for a CSV), in the page's words. */
export function DataFitChart({ slug, caption, ...chart }: DataFitChartProps) {
  const t = useT();
  const decimal = useDecimal();
  const { xLabel, yLabel } = chart;
  const words = useMemo(
    (): FitWords => ({
      before: t('charts.fit.before'),
      draggable: t('charts.fit.draggable'),
      point: (point, x, y) =>
        t('charts.fit.point', {
          point,
          xName: xLabel.toLowerCase(),
          x: plain(x),
          yName: yLabel.toLowerCase(),
          y: plain(y),
        }),
      residuals: (shown, count) => t('charts.fit.residuals', { shown, count }),
    }),
    [t, xLabel, yLabel],
  );
  return (
    <DataChartFrame title={chart.title} slug={slug} caption={caption}>
      <FitChart {...chart} words={words} decimal={decimal} />
    </DataChartFrame>
  );
}
