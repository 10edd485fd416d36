import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './useKeyboardShortcuts';

interface HelpDialogProps {
  readonly open: boolean;
  onClose(): void;
}

/**
 * The keyboard help: a modal <dialog>, which traps focus and closes on Esc by itself. Closing puts
 * the focus back where it was (the Help button, or the page for the ? key), even though the dialog
 * opens a moment later, once its code has loaded.
 */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (!open && opener.current instanceof HTMLElement && opener.current.isConnected) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  return (
    <dialog ref={ref} className="help" aria-labelledby="help-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <p>These work whenever the focus is not in a text field.</p>
      <table>
        <caption className="visually-hidden">Shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        In a number field: <kbd>Enter</kbd> applies the value, <kbd>↑</kbd>/<kbd>↓</kbd> nudge it, <kbd>Esc</kbd> undoes
        the typing.
      </p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
