import { scenarios } from '../../scenarios/registry';
import type { DescentState } from '../../store/descentStore';
import { formatHash } from '../../url/hash';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

export const FRAME_SIZES: readonly FrameSize[] = [
  { width: 640, height: 400 },
  { width: 800, height: 500 },
  { width: 960, height: 600 },
];

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The <iframe> a teacher pastes into a course page: the current state with embed=1, built from
 * the store (not the address bar, which follows the state a moment later), so it is exact.
 */
export function embedCode(state: DescentState, pageUrl: string, size: FrameSize): string {
  const run = state.runs[state.scenario];
  const hash = formatHash({ scenario: state.scenario, settings: run.settings, iter: run.cursor, embed: true });
  const src = `${pageUrl.replace(/#.*$/, '')}${hash}`;
  const title = `Descent: ${scenarios[state.scenario].title}`;
  return (
    `<iframe src="${escapeAttribute(src)}" width="${size.width}" height="${size.height}" ` +
    `title="${escapeAttribute(title)}" loading="lazy" style="border: 1px solid #c9d2dc; border-radius: 8px"></iframe>`
  );
}
