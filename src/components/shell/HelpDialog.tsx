import { SHORTCUTS } from './useKeyboardShortcuts';
import { useModalDialog } from './useModalDialog';

interface HelpDialogProps {
  readonly open: boolean;
  onClose(): void;
}

/**
 * The keyboard help: a modal <dialog>, which traps focus and closes on Esc by itself. Closing puts
 * the focus back where it was (the Help button), even though the dialog opens a moment later, once
 * its code has loaded.
 */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const ref = useModalDialog(open);

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
