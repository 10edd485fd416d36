import { t } from '../../i18n/i18n';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
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

/** The language a frame or its "Open in Descent" link names: any but English, which needs no naming. */
export const linkLanguage = (state: Pick<DescentState, 'language'>) =>
  state.language === DEFAULT_LANGUAGE ? undefined : state.language;

/**
 * The <iframe> a teacher pastes into a course page: the current state with embed=1, built from
 * the store (not the address bar, which follows the state a moment later), so it is exact. It
 * names the page's language unless English: the frame speaks what the teacher chose.
 */
export function embedCode(state: DescentState, pageUrl: string, size: FrameSize): string {
  const run = state.runs[state.scenario];
  const hash = formatHash({
    scenario: state.scenario,
    settings: run.settings,
    iter: run.cursor,
    embed: true,
    lang: linkLanguage(state),
    // A lesson running goes into the frame too: a course page can embed a lesson at its card.
    ...(state.lesson && { lesson: state.lesson }),
    hide: state.hidden,
  });
  const src = `${pageUrl.replace(/#.*$/, '')}${hash}`;
  const title = t('shell.embed.frameTitle', { title: t(scenarios[state.scenario].title) });
  return (
    `<iframe src="${escapeAttribute(src)}" width="${size.width}" height="${size.height}" ` +
    `title="${escapeAttribute(title)}" loading="lazy" style="border: 1px solid #c9d2dc; border-radius: 8px"></iframe>`
  );
}
