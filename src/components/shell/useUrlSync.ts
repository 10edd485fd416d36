import { useEffect } from 'react';
import { useDescent, type DescentState } from '../../store/descentStore';
import { formatHash, parseHash } from '../../url/hash';

/** While playing, the hash is written at most this often (browsers throttle replaceState floods). */
const PLAYING_WRITE_MS = 500;

export function hashOf(state: DescentState): string {
  const run = state.runs[state.scenario];
  return formatHash({ scenario: state.scenario, settings: run.settings, iter: run.cursor, embed: state.embed });
}

/**
 * The one owner of window.location (STYLE.md rule 3): reads the hash once on start and when the
 * user edits it, and keeps it following the state with replaceState (no history entries).
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = () => {
      const { state, notices } = parseHash(window.location.hash);
      useDescent.getState().load(state, notices);
    };
    if (window.location.hash.length > 1) apply();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let queued = false;
    let stopped = false;
    let written = window.location.hash;
    const write = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = undefined;
      queued = false;
      const hash = hashOf(useDescent.getState());
      if (hash !== written) {
        written = hash;
        window.history.replaceState(null, '', hash);
      }
    };
    // A step by hand is in the address before its event ends (a microtask, once however many
    // changes the event made), so a link copied or read right after a click is exact. While
    // playing, it is written at most every PLAYING_WRITE_MS.
    const unsubscribe = useDescent.subscribe((state) => {
      if (state.playing) timer ??= setTimeout(write, PLAYING_WRITE_MS);
      else if (!queued) {
        queued = true;
        queueMicrotask(write);
      }
    });
    const onHashChange = () => {
      if (window.location.hash !== written) {
        written = window.location.hash;
        apply();
      }
    };
    window.addEventListener('hashchange', onHashChange);
    write();
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
