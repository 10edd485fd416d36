import { useEffect } from 'react';
import { useDescent } from '../../store/descentStore';

/** Fields where typed keys are text, not commands. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(target.type);
}

/** Controls where Space already means "activate me". */
function ownsSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a, summary, input, select, textarea, [role="button"]') !== null
  );
}

export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 's', action: 'Step once' },
  { keys: 'Space', action: 'Run or pause' },
  { keys: 'b', action: 'Step back' },
  { keys: 'r', action: 'Reset to the starting value' },
  { keys: 'p', action: 'Presenter mode on or off' },
  { keys: '?', action: 'Show this help' },
  { keys: 'Esc', action: 'Close this help' },
];

/** s step, Space run/pause, b step back, r reset, ? help: when focus is not in a text field. */
export function useKeyboardShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const store = useDescent.getState();
      switch (event.key) {
        case 's':
        case 'S':
          store.requestStep();
          break;
        case ' ':
          if (ownsSpace(event.target)) return;
          store.toggleRun();
          break;
        case 'b':
        case 'B':
          store.stepBack();
          break;
        case 'r':
        case 'R':
          store.reset();
          break;
        case 'p':
        case 'P':
          store.setPresenter(!store.presenter);
          break;
        case '?':
          openHelp();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openHelp]);
}
