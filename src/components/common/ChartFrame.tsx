import { memo, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Msg } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { registerChart } from './recordableCharts';
import { useT } from './useT';
import { downloadBlob, downloadText, exportName } from './download';
import { errorWords } from './messageError';

interface ChartFrameProps {
  /** The chart's title, as its <title> says it (in the page's language). */
  readonly title: string;
  /** Short file-name part: "ssr", "fit", "loss"… */
  readonly slug: string;
  /** Current values written under the title in exported images. */
  readonly caption: string;
  readonly children: ReactNode;
}

interface ChartToolsProps {
  readonly title: string;
  readonly slug: string;
  readonly frame: RefObject<HTMLElement | null>;
  /** The caption at the time of an export (it changes every step; the buttons need not). */
  readonly caption: RefObject<string>;
}

/** The export buttons (SVG and PNG); memoised, so a Step does not render them again. */
const ChartTools = memo(function ChartTools({ title, slug, frame, caption }: ChartToolsProps) {
  const t = useT();
  const [error, setError] = useState<Msg | string | null>(null);
  const name = () => {
    const { scenario, runs } = useDescent.getState();
    return exportName(scenario, runs[scenario].cursor, slug);
  };
  // The export code loads on first use: most sessions never export.
  const exported = async (format: 'svg' | 'png') => {
    const svg = frame.current?.querySelector('svg');
    if (!svg) return;
    try {
      const { pngSize, standaloneSvg, svgToPng } = await import('./chartExport');
      const text = standaloneSvg(svg, title, caption.current);
      if (format === 'svg') {
        downloadText(`${name()}.svg`, 'image/svg+xml', text);
      } else {
        const { width, height } = pngSize(text);
        downloadBlob(`${name()}.png`, await svgToPng(text, width, height, 2));
      }
      setError(null);
    } catch (e) {
      setError(errorWords(e));
    }
  };
  return (
    <figcaption className="chart-tools">
      <button
        type="button"
        className="small"
        onClick={() => exported('svg')}
        aria-label={t('output.export.svg', { title })}
      >
        SVG
      </button>
      <button
        type="button"
        className="small"
        onClick={() => exported('png')}
        aria-label={t('output.export.png', { title })}
      >
        PNG
      </button>
      {error && <span className="field-error">{typeof error === 'string' ? error : t.msg(error)}</span>}
    </figcaption>
  );
});

/** A chart with its export buttons (SVG and PNG). */
export function ChartFrame({ title, slug, caption, children }: ChartFrameProps) {
  const frame = useRef<HTMLElement>(null);
  const latestCaption = useRef(caption);
  useLayoutEffect(() => {
    latestCaption.current = caption;
  }, [caption]);
  // On the page, a chart can be recorded: the Record dialog lists it.
  useLayoutEffect(() => registerChart(frame.current!), []);
  return (
    // data-caption: the recorder writes the current values under each recorded frame.
    <figure className="chart-frame" ref={frame} data-caption={caption} data-lesson-target={`chart-${slug}`}>
      {children}
      <ChartTools title={title} slug={slug} frame={frame} caption={latestCaption} />
    </figure>
  );
}
