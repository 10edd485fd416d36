import { useEffect } from 'react';
import type { MessageKey } from '../../i18n/i18n';
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

/** The help's table: a key (its name in words where it has one) and what it does. */
export const SHORTCUTS: readonly {
  readonly keys: string;
  readonly keyName?: MessageKey;
  readonly action: MessageKey;
}[] = [
  { keys: 's', action: 'shell.shortcut.step' },
  { keys: 'Space', keyName: 'shell.key.space', action: 'shell.shortcut.run' },
  { keys: 'b', action: 'shell.shortcut.back' },
  { keys: 'r', action: 'shell.shortcut.reset' },
  { keys: 'p', action: 'shell.shortcut.presenter' },
  { keys: '?', action: 'shell.shortcut.help' },
  { keys: 'Esc', keyName: 'shell.key.esc', action: 'shell.shortcut.close' },
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
