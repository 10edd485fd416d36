import { useEffect } from 'react';
import { useDescent, type DescentState } from '../store/descentStore';
import { formatHash, parseHash } from './hash';

/** While playing, the hash is written at most this often (browsers throttle replaceState floods). */
const PLAYING_WRITE_MS = 500;

export function hashOf(state: DescentState): string {
  const run = state.runs[state.scenario];
  return formatHash({ scenario: state.scenario, settings: run.settings, iter: run.cursor });
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
    let written = window.location.hash;
    const write = () => {
      timer = undefined;
      const hash = hashOf(useDescent.getState());
      if (hash !== written) {
        written = hash;
        window.history.replaceState(null, '', hash);
      }
    };
    // Written in a task of its own, not in the click or key event that changed the state:
    // replaceState costs about a millisecond, which the click's update need not wait for.
    const unsubscribe = useDescent.subscribe((state) => {
      timer ??= setTimeout(write, state.playing ? PLAYING_WRITE_MS : 0);
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
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
