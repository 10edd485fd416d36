import { useRef, useState, type ReactNode } from 'react';
import { useDescent } from '../store/descentStore';
import { downloadBlob, downloadText, exportName } from './download';

interface ChartFrameProps {
  /** The chart's title, as its <title> says it. */
  readonly title: string;
  /** Short file-name part: "ssr", "fit", "surface", "loss". */
  readonly slug: string;
  /** Current values written under the title in exported images. */
  readonly caption: string;
  readonly children: ReactNode;
}

/** A chart with its export buttons (SVG and PNG). */
export function ChartFrame({ title, slug, caption, children }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const name = () => {
    const { scenario, runs } = useDescent.getState();
    return exportName(scenario, runs[scenario].cursor, slug);
  };
  // The export code loads on first use: most sessions never export.
  const exported = async (format: 'svg' | 'png') => {
    const svg = ref.current?.querySelector('svg');
    if (!svg) return;
    try {
      const { pngSize, standaloneSvg, svgToPng } = await import('./chartExport');
      const text = standaloneSvg(svg, title, caption);
      if (format === 'svg') {
        downloadText(`${name()}.svg`, 'image/svg+xml', text);
      } else {
        const { width, height } = pngSize(text);
        downloadBlob(`${name()}.png`, await svgToPng(text, width, height, 2));
      }
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const saveSvg = () => exported('svg');
  const savePng = () => exported('png');
  return (
    <figure className="chart-frame" ref={ref}>
      {children}
      <figcaption className="chart-tools">
        <button type="button" className="small" onClick={saveSvg} aria-label={`Download ${title} as SVG`}>
          SVG
        </button>
        <button type="button" className="small" onClick={savePng} aria-label={`Download ${title} as PNG`}>
          PNG
        </button>
        {error && <span className="field-error">{error}</span>}
      </figcaption>
    </figure>
  );
}
