import { useId, useMemo, useRef, useState } from 'react';
import { useDescent } from '../../store/descentStore';
import { embedCode, FRAME_SIZES } from './embedCode';
import { useModalDialog } from '../common/useModalDialog';
import { useT } from '../common/useT';

interface EmbedDialogProps {
  readonly open: boolean;
  onClose(): void;
}

type CopyState = 'idle' | 'copied' | 'manual';

/** Whether this document may write the clipboard (a cross-origin frame often may not). */
function clipboardAllowed(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy;
  return Boolean(navigator.clipboard?.writeText) && (policy?.allowsFeature('clipboard-write') ?? true);
}

/**
 * The "Embed" dialog: a ready <iframe> snippet at the current state, in a read-only field, and a
 * Copy button. Where the clipboard is out of reach (a sandboxed or cross-origin frame, an old
 * browser) the code is selected for a manual copy instead, without an error.
 */
export function EmbedDialog({ open, onClose }: EmbedDialogProps) {
  const t = useT();
  const ref = useModalDialog(open);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [sizeIndex, setSizeIndex] = useState(0);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The state when the dialog opens (read from the store, so exact whenever the address is written).
  const code = useMemo(
    () => (open ? embedCode(useDescent.getState(), window.location.href, FRAME_SIZES[sizeIndex]!) : ''),
    [open, sizeIndex],
  );

  const selectAll = () => field.current?.select();
  const copyCode = async () => {
    if (clipboardAllowed()) {
      try {
        await navigator.clipboard.writeText(code);
        setCopy('copied');
        return;
      } catch {
        // fall through to a manual copy
      }
    }
    selectAll();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    setCopy(copied ? 'copied' : 'manual');
  };
  const close = () => {
    setCopy('idle');
    onClose();
  };

  return (
    <dialog ref={ref} className="help surface-dialog" aria-labelledby={`${id}-heading`} onClose={close}>
      <h2 id={`${id}-heading`}>{t('shell.embed.heading')}</h2>
      <p>{t('shell.embed.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-size`}>{t('shell.embed.size')}</label>
        <select id={`${id}-size`} value={sizeIndex} onChange={(e) => setSizeIndex(Number(e.target.value))}>
          {FRAME_SIZES.map((s, i) => (
            <option key={i} value={i}>
              {s.width} × {s.height}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('shell.embed.code')}</label>
        <textarea
          id={`${id}-code`}
          ref={field}
          className="embed-code"
          readOnly
          rows={5}
          value={code}
          onFocus={selectAll}
        />
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={copyCode}>
          {t('shell.embed.copy')}
        </button>
        <button type="button" onClick={close}>
          {t('shell.close')}
        </button>
        <span aria-live="polite" className="field-hint">
          {copy === 'copied' ? t('shell.embed.copied') : copy === 'manual' ? t('shell.embed.manual') : ''}
        </span>
      </div>
    </dialog>
  );
}
