/**
 * Chart exports: a standalone SVG (styles inlined, white background, a title and the current
 * values written into the image) and a PNG drawn from it at twice the pixel ratio, so the two
 * files and the screen show the same thing.
 */
import { msg } from '../../i18n/i18n';
import { MessageError } from './messageError';

/**
 * Every property the page's stylesheet sets on chart elements, copied from the computed style
 * onto each element as a presentation attribute: opened alone (a browser, Inkscape, a slide
 * program) the file needs no stylesheet. paint-order matters most: without it a legend's white
 * halo (a 4 px stroke) is painted over its text and the legend reads blank.
 */
export const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'stop-color',
] as const;

/** Values that say nothing a standalone file needs (the SVG initial values), left out to keep it small. */
const INITIAL: Partial<Record<(typeof STYLE_PROPERTIES)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'paint-order': 'normal',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'font-style': 'normal',
  'dominant-baseline': 'auto',
};

const HEADER = 52;

/**
 * Computed styles by an element's place in the chart: its tag, class and presentation attributes
 * and those of its ancestors. Elements alike in all of these get the same computed values from the
 * app's stylesheet (it styles charts by class, not by :nth-child or :hover), so a recording reads
 * each kind of element's style once instead of once per element per frame.
 */
export type StyleCache = Map<string, readonly string[]>;

function styleKey(element: Element, keys: Map<Element, string>): string {
  let own = `${element.tagName}.${element.getAttribute('class') ?? ''}`;
  for (const property of STYLE_PROPERTIES) {
    const value = element.getAttribute(property);
    if (value !== null) own += `|${property}=${value}`;
  }
  const inline = element.getAttribute('style');
  if (inline) own += `|style=${inline}`;
  const parent = element.parentElement ? (keys.get(element.parentElement) ?? '') : '';
  const key = `${parent}>${own}`;
  keys.set(element, key);
  return key;
}

/** Each canvas layer's picture and the drawing it was taken from (CanvasPoints counts them in data-drawn). */
const pictures = new WeakMap<HTMLCanvasElement, readonly [string | undefined, string]>();

/**
 * A canvas's picture as a PNG data: URL (an SVG loaded as an image loads nothing else), kept
 * while the canvas is not drawn again: a recording encodes it once, not on every frame.
 */
function canvasPicture(canvas: HTMLCanvasElement): string {
  const kept = pictures.get(canvas);
  if (kept && kept[0] === canvas.dataset.drawn) return kept[1];
  let url = '';
  try {
    url = canvas.toDataURL('image/png');
  } catch {
    // No canvas to read (jsdom): the copy goes without the picture.
  }
  pictures.set(canvas, [canvas.dataset.drawn, url]);
  return url;
}

/** A self-contained copy of the chart: computed styles copied onto each element as attributes. */
export function standaloneSvg(svg: SVGSVGElement, title: string, caption: string, cache?: StyleCache): string {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const keys = new Map<Element, string>();
  const computed = (element: Element) => {
    const style = getComputedStyle(element);
    return STYLE_PROPERTIES.map((property) => style.getPropertyValue(property));
  };
  originals.forEach((element, i) => {
    let values: readonly string[];
    if (cache) {
      const key = styleKey(element, keys);
      values = cache.get(key) ?? computed(element);
      cache.set(key, values);
    } else values = computed(element);
    const target = copies[i]!;
    STYLE_PROPERTIES.forEach((property, p) => {
      const value = values[p];
      if (value && (INITIAL[property] !== value || target.hasAttribute(property))) target.setAttribute(property, value);
    });
    target.removeAttribute('class');
  });
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  const ns = 'http://www.w3.org/2000/svg';
  // A canvas layer (a large data set's dots) clones blank: it goes into the copy as an image.
  const layers = svg.querySelectorAll('foreignObject');
  copy.querySelectorAll('foreignObject').forEach((layer, i) => {
    const canvas = layers[i]?.querySelector('canvas');
    const url = canvas ? canvasPicture(canvas) : '';
    if (url.startsWith('data:image/')) {
      const image = document.createElementNS(ns, 'image');
      for (const name of ['x', 'y', 'width', 'height']) {
        const value = layer.getAttribute(name);
        if (value !== null) image.setAttribute(name, value);
      }
      image.setAttribute('href', url);
      layer.replaceWith(image);
    } else layer.remove();
  });
  copy.setAttribute('xmlns', ns);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + HEADER));
  copy.setAttribute('viewBox', `0 ${-HEADER} ${width} ${height + HEADER}`);
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', String(-HEADER));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height + HEADER));
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const text = (content: string, y: number, size: number, weight: string) => {
    const node = document.createElementNS(ns, 'text');
    node.setAttribute('x', '12');
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', String(size));
    node.setAttribute('font-weight', weight);
    node.setAttribute('font-family', 'DejaVu Sans, Arial, sans-serif');
    node.setAttribute('fill', '#14202b');
    node.textContent = content;
    copy.appendChild(node);
  };
  text(title, -HEADER + 20, 16, '700');
  text(caption, -HEADER + 40, 12, '400');
  return new XMLSerializer().serializeToString(copy);
}

/** Renders the SVG text to a PNG at `scale`× its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new MessageError(msg('output.export.image')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new MessageError(msg('output.export.noCanvas'));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new MessageError(msg('output.export.png.failed')))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function pngSize(svgText: string): { width: number; height: number } {
  const width = Number(/width="([\d.]+)"/.exec(svgText)?.[1] ?? 0);
  const height = Number(/height="([\d.]+)"/.exec(svgText)?.[1] ?? 0);
  return { width, height };
}
