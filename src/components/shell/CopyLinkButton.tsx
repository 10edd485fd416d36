import { useEffect, useState } from 'react';
import { useT } from '../common/useT';
import { flushUrl } from './useUrlSync';

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and non-secure pages have no async clipboard: fall back to a selection.
  const field = document.createElement('textarea');
  field.value = text;
  document.body.append(field);
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  if (!ok) throw new Error('copy refused');
}

/** Copies the address, brought up to the exact state first, and confirms it in words. */
export function CopyLinkButton() {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    // The address follows the state within a moment: write any pending change before reading it.
    flushUrl();
    return copyText(window.location.href).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        {t('shell.copyLink')}
      </button>
      <span aria-live="polite" className="copy-feedback">
        {state === 'copied' ? t('shell.copyLink.copied') : state === 'failed' ? t('shell.copyLink.failed') : ''}
      </span>
    </span>
  );
}
