import { useEffect } from 'react';
import { useDescent, type DescentState } from '../../store/descentStore';
import { formatHash, parseHash } from '../../url/hash';
import { scenarioOf } from '../../scenarios/registry';
import { DEFAULT_LANGUAGE, preferredLanguage, type Language } from '../../i18n/languages';

/** The hash is written once the state has been still this long (DESIGN.md, "URL state"). */
export const STILL_MS = 300;
/** While playing, the hash is written at most this often. */
export const PLAYING_WRITE_MS = 500;

export function hashOf(state: DescentState): string {
  const run = state.runs[state.scenario];
  const lang = linkLanguage(state.language);
  return formatHash({
    scenario: state.scenario,
    settings: run.settings,
    iter: run.cursor,
    embed: state.embed,
    lang,
    ...(state.lesson && { lesson: state.lesson }),
    hide: state.hidden,
  });
}

/**
 * A link names its language unless it is English and the browser's own (the plain links of
 * DESIGN.md stay as they are); so Spanish travels with a shared link, and English chosen on a
 * Spanish browser survives a reload.
 */
function linkLanguage(language: Language): Language | undefined {
  const browser = typeof navigator === 'undefined' ? DEFAULT_LANGUAGE : preferredLanguage(navigator.languages ?? []);
  return language === DEFAULT_LANGUAGE && browser === DEFAULT_LANGUAGE ? undefined : language;
}

/** Writes any pending change to the address now; set while useUrlSync is mounted. */
let flushPending: () => void = () => undefined;

/**
 * Puts the exact state in the address now. Whatever reads the address (Copy link, the Embed
 * snippet, an export carrying the link) calls this first, since the address follows the state
 * only within a moment.
 */
export function flushUrl(): void {
  flushPending();
}

/** Where a hash written as the page was left waits for the next page in this tab. */
const HANDOFF_KEY = 'descent-address';

/** How many of the page's latest addresses a hand-off names as ones a reload may have begun at. */
const HANDOFF_RECENT = 3;

/**
 * A reload takes the address the browser held when it began, and the page keeps running until
 * the next one commits: pagehide, or a settle write just before it, then puts the exact hash in
 * an address the reload no longer reads. So pagehide also leaves the exact hash in this tab's
 * session storage, with the last few addresses this page held; the next page takes it only if it
 * was opened at one of them (a reload, or going back to it), and removes it either way.
 */
function handOff(held: readonly string[], exact: string): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify({ held, exact }));
  } catch {
    // Storage refused (private mode, quota): a reload then shows the state of a moment before.
  }
}

function takeHandoff(): void {
  try {
    const text = sessionStorage.getItem(HANDOFF_KEY);
    if (text === null) return;
    sessionStorage.removeItem(HANDOFF_KEY);
    const { held, exact } = JSON.parse(text) as { held?: unknown; exact?: unknown };
    const opened = window.location.hash;
    if (Array.isArray(held) && held.includes(opened) && typeof exact === 'string' && exact.startsWith('#'))
      window.history.replaceState(null, '', exact);
  } catch {
    // Storage refused or the entry unreadable: the address stays as opened.
  }
}

/**
 * The one owner of window.location (STYLE.md rule 3): reads the hash once on start and when the
 * user edits it, and keeps it following the state with replaceState (no history entries).
 *
 * The address settles rather than following every step: each replaceState costs the page little
 * but the browser process about 10 ms of CPU (address bar, navigation bookkeeping), which on two
 * cores competes with the page's next frame. So the hash is written once the state has been still
 * for STILL_MS, at most every PLAYING_WRITE_MS while Run plays, and at once before anything reads
 * it (flushUrl) and when the page is hidden or left, so a reload or a closed tab keeps the exact
 * state.
 */
export function useUrlSync(): void {
  useEffect(() => {
    takeHandoff();
    // A link to a scenario that must load something first (the model's formula parser) is read
    // once that has loaded; meanwhile nothing is written, so the address keeps the link.
    let preparing: string | null = null;
    const apply = () => {
      const hash = window.location.hash;
      const first = parseHash(hash);
      const prepared = scenarioOf(first.state.scenario).prepare?.(hash) ?? null;
      if (!prepared) {
        preparing = null;
        useDescent.getState().load(first.state, first.notices);
        return;
      }
      preparing = hash;
      const finish = (link: typeof first) => {
        if (preparing !== hash) return;
        preparing = null;
        useDescent.getState().load(link.state, link.notices);
      };
      prepared.then(
        () => finish(parseHash(hash)),
        () => finish(first),
      );
    };
    if (window.location.hash.length > 1) apply();

    let timer: ReturnType<typeof setTimeout> | undefined;
    // When the timer is due: the state's last change plus STILL_MS, or the playing write.
    let due = 0;
    let stopped = false;
    let written = window.location.hash;
    // The addresses this page held last, newest last: a reload begun a moment ago reads one.
    const held = [written];
    const hold = (hash: string) => {
      held.push(hash);
      if (held.length > HANDOFF_RECENT) held.shift();
    };
    const write = () => {
      if (stopped || preparing !== null) return;
      clearTimeout(timer);
      timer = undefined;
      // The reader edited the address and its hashchange has not arrived yet: writing now would
      // erase the edit before it is read. The hashchange applies it, and the next write follows.
      if (window.location.hash !== written) return;
      const hash = hashOf(useDescent.getState());
      if (hash !== written) {
        written = hash;
        window.history.replaceState(null, '', hash);
        hold(hash);
      }
    };
    // One timer for both rules. A step only moves `due` on (no timer is cleared and set per
    // click); the timer, when it fires early, waits out the rest.
    const wake = () => {
      timer = undefined;
      const wait = due - performance.now();
      if (wait > 1) timer = setTimeout(wake, wait);
      else write();
    };
    const unsubscribe = useDescent.subscribe((state) => {
      const now = performance.now();
      if (state.playing) {
        // At most twice a second: a write already due stays due.
        if (timer === undefined) due = now + PLAYING_WRITE_MS;
      } else due = now + STILL_MS;
      timer ??= setTimeout(wake, due - now);
    });
    const onHashChange = () => {
      if (window.location.hash !== written) {
        written = window.location.hash;
        hold(written);
        apply();
      }
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') write();
    };
    const onPageHide = () => {
      write();
      const exact = window.location.hash;
      if (held.some((hash) => hash !== exact)) handOff(held, exact);
    };
    window.addEventListener('hashchange', onHashChange);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    flushPending = write;
    write();
    return () => {
      stopped = true;
      if (flushPending === write) flushPending = () => undefined;
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', onHashChange);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
}
