import { msg } from '../../i18n/i18n';
import { pngSize, standaloneSvg, type StyleCache } from '../common/chartExport';
import { MessageError } from '../common/messageError';
import { yieldToPage } from './pageYield';
import { frameLayout, type FrameSize } from './recordingPlan';

/** A data: URL (the CSP allows it for images): cheaper per frame than a blob URL made and revoked. */
function loadImage(svgText: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  return image.decode().then(
    () => image,
    () => {
      throw new MessageError(msg('output.record.chartImage'));
    },
  );
}

/** One frame: the caption (iteration and current values) over the charts, on white. */
export async function drawFrame(
  context: CanvasRenderingContext2D,
  charts: readonly HTMLElement[],
  size: FrameSize,
  styles: StyleCache,
) {
  const svgs = charts.map((figure) => figure.querySelector('svg'));
  if (svgs.length === 0 || svgs.some((svg) => !svg)) throw new MessageError(msg('output.record.chartGone'));
  const texts: string[] = [];
  for (const svg of svgs) {
    texts.push(standaloneSvg(svg!, svg!.querySelector('title')?.textContent ?? '', '', styles));
    await yieldToPage();
  }
  const images = await Promise.all(texts.map(loadImage));
  const { caption, boxes } = frameLayout(size, texts.map(pngSize));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  const text = charts[0]!.dataset.caption ?? '';
  let font = Math.round(caption * 0.48);
  context.font = `600 ${font}px "DejaVu Sans", Arial, sans-serif`;
  const room = size.width - 2 * Math.round(size.width * 0.012);
  while (font > 8 && context.measureText(text).width > room) {
    font -= 1;
    context.font = `600 ${font}px "DejaVu Sans", Arial, sans-serif`;
  }
  context.fillStyle = '#14202b';
  context.textBaseline = 'middle';
  context.fillText(text, Math.round(size.width * 0.012), caption / 2 + 2);
  // Drawing an SVG image rasterizes it on this thread: one chart per task.
  for (const [i, image] of images.entries()) {
    const box = boxes[i]!;
    context.drawImage(image, box.x, box.y, box.width, box.height);
    if (i < images.length - 1) await yieldToPage();
  }
}
