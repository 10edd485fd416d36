import { useEffect, useState } from 'react';
import { useT } from '../common/useT';
import { flushUrl } from './useUrlSync';
import { useDescent } from '../../store/descentStore';
import { dataLeftOut } from '../../url/hash';
import { downloadText } from '../common/download';

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

/**
 * Copies the address, brought up to the exact state first, and confirms it in words. A table too
 * big for a link is left out of it: the button says so and offers the data as a file beside it.
 */
export function CopyLinkButton() {
  const t = useT();
  const scenario = useDescent((s) => s.scenario);
  const data = useDescent((s) => s.runs[s.scenario].settings.data);
  const leftOut = dataLeftOut(scenario, data);
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
        {state === 'copied'
          ? t(leftOut ? 'shell.copyLink.copiedWithoutData' : 'shell.copyLink.copied', { count: data.length })
          : state === 'failed'
            ? t('shell.copyLink.failed')
            : ''}
      </span>
      {leftOut && (
        <>
          <span className="field-hint" id="link-without-data">
            {t('shell.copyLink.withoutData', { count: data.length })}
          </span>
          <button
            type="button"
            aria-describedby="link-without-data"
            onClick={async () => {
              const { dataToCsv } = await import('../../scenarios/dataCsv');
              downloadText(`descent-${scenario}-data.csv`, 'text/csv', dataToCsv(data));
            }}
          >
            {t('data.download')}
          </button>
        </>
      )}
    </span>
  );
}
