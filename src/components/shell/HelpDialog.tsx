import { Fragment } from 'react';
import { SHORTCUTS } from './useKeyboardShortcuts';
import { useModalDialog } from '../common/useModalDialog';
import { useT } from '../common/useT';

/*
 * Key names inside a sentence are marked (the marks cannot be typed in a catalog) and drawn as
 * <kbd>: the sentence stays one message, whatever its word order in the language.
 */
const OPEN = '\u2063[';
const CLOSE = ']\u2063';
const key = (name: string) => `${OPEN}${name}${CLOSE}`;

function withKeys(text: string) {
  return text.split(OPEN).map((part, i) => {
    if (i === 0) return part;
    const [name, rest] = part.split(CLOSE);
    return (
      <Fragment key={i}>
        <kbd>{name}</kbd>
        {rest}
      </Fragment>
    );
  });
}

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
  const t = useT();
  const ref = useModalDialog(open);

  return (
    <dialog ref={ref} className="help" aria-labelledby="help-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="help-heading">{t('shell.help.heading')}</h2>
      <p>{t('shell.help.intro')}</p>
      <table>
        <caption className="visually-hidden">{t('shell.help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shell.help.key')}</th>
            <th scope="col">{t('shell.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keyName ? t(s.keyName) : s.keys}</kbd>
              </td>
              <td>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {withKeys(
          t('shell.help.numberField', {
            enter: key(t('shell.key.enter')),
            up: key('↑'),
            down: key('↓'),
            esc: key(t('shell.key.esc')),
          }),
        )}
      </p>
      <button type="button" onClick={onClose} autoFocus>
        {t('shell.close')}
      </button>
    </dialog>
  );
}
