import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { flushUrl, PLAYING_WRITE_MS, STILL_MS } from '../../src/components/shell/useUrlSync';
import { useDescent } from '../../src/store/descentStore';
import { renderApp } from './helpers';

const iter = () => /&iter=(\d+)&/.exec(window.location.hash)?.[1];
const step = () => act(() => useDescent.getState().step());
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the address settles', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is written once the state has been still for a moment', () => {
    renderApp('#scenario=bias&lr=0.01');
    expect(iter()).toBe('0');
    step();
    wait(STILL_MS - 100);
    step(); // each change starts the wait again
    wait(STILL_MS - 100);
    expect(iter()).toBe('0');
    wait(100);
    expect(iter()).toBe('2');
  });

  it('is written at most twice a second while Run plays', () => {
    renderApp('#scenario=bias&lr=0.001');
    act(() => useDescent.getState().run());
    const seen: string[] = [];
    for (let t = 0; t < 2000; t += 50) {
      step();
      wait(50);
      const now = iter()!;
      if (seen.at(-1) !== now) seen.push(now);
    }
    // 2 s of steps every 50 ms after the address read 0: four writes, each exact when written.
    expect(seen).toEqual(['0', '10', '20', '30', '40']);
  });

  it('is written at once when something reads it, or when the page is hidden or left', () => {
    renderApp('#scenario=bias&lr=0.01');
    step();
    flushUrl();
    expect(iter()).toBe('1');

    step();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(iter()).toBe('2');
    visibility.mockRestore();

    step();
    window.dispatchEvent(new Event('pagehide'));
    expect(iter()).toBe('3');
  });

  it('a reload begun at the stale address opens the exact state the page was left in', () => {
    const first = renderApp('#scenario=bias&lr=0.01');
    step();
    step();
    const stale = window.location.hash; // what the browser reloads: the address before pagehide
    window.dispatchEvent(new Event('pagehide'));
    expect(iter()).toBe('2');
    first.unmount();
    renderApp(stale);
    expect(iter()).toBe('2');
    expect(useDescent.getState().runs.bias.cursor).toBe(2);
    expect(sessionStorage.getItem('descent-address')).toBeNull();
  });

  it('a reload begun just before a settle write still opens the exact state', () => {
    // The page runs on until the reloaded one commits: its due write can land after the reload
    // has read the address, so pagehide then finds nothing left to write.
    const first = renderApp('#scenario=bias&lr=0.01');
    step();
    step();
    const stale = window.location.hash; // the reload begins here, with iter=0
    wait(STILL_MS); // the settle write lands before pagehide
    expect(iter()).toBe('2');
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    renderApp(stale);
    expect(iter()).toBe('2');
    expect(useDescent.getState().runs.bias.cursor).toBe(2);
  });

  it('a later page at another address ignores what the last one left', () => {
    const first = renderApp('#scenario=bias&lr=0.01');
    step();
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    renderApp('#scenario=bias&lr=0.02&iter=3');
    expect(iter()).toBe('3');
    expect(window.location.hash).toContain('lr=0.02');
    expect(sessionStorage.getItem('descent-address')).toBeNull();
  });

  it('writes nothing after the page has gone', () => {
    const { unmount } = renderApp('#scenario=bias&lr=0.01');
    step();
    unmount();
    wait(PLAYING_WRITE_MS);
    flushUrl();
    expect(iter()).toBe('0');
  });

  it('an address the reader edits is applied, even when a write was due before its hashchange arrived', () => {
    renderApp('#scenario=bias&lr=0.01');
    step(); // a write is now due
    // The reader's edit lands in the address; its hashchange is a task still to come, and the
    // due write (or a flush) runs first.
    window.history.replaceState(null, '', '#scenario=linreg');
    act(() => flushUrl());
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(useDescent.getState().scenario).toBe('linreg');
    wait(STILL_MS);
    expect(window.location.hash).toMatch(/^#scenario=linreg&/);
  });
});
