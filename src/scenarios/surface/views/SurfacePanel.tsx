import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Msg } from '../../../i18n/i18n';
import { useDescent } from '../../../store/descentStore';
import { useT } from '../../../components/common/useT';
import { UNARY_OPS } from '../../../engine/graph';
import type { SurfaceSettings } from '../surface';
import { formulaText } from '../surfaceLab';
import { loadSurfaceParser } from '../surfaceParser';

/**
 * The f(x, y) field: it shows the surface's formula, and a formula typed there (read once the
 * parser has loaded, with this view) becomes the student's own surface. A bad one is refused with
 * a message naming what and where; the last good surface and its run stay as they were.
 */
// The parser's functions, named without loading it (expression.ts brings mathjs).
const FUNCTIONS = UNARY_OPS.filter((op) => op !== 'neg');

export function SurfacePanel({ settings }: { settings: SurfaceSettings }) {
  const t = useT();
  const id = useId();
  const setText = useDescent((s) => s.setText);
  const text = formulaText(settings);
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<Msg | null>(null);

  // A surface chosen elsewhere (the Surface select, a link, Undo) replaces what was typed.
  useEffect(() => {
    setDraft(text);
    setError(null);
  }, [text]);

  const apply = async (typed: string) => {
    if (typed === text) {
      setError(null);
      return;
    }
    try {
      await loadSurfaceParser();
    } catch {
      // Left to the reader's own message: it is not there.
    }
    setError(setText('f', typed));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void apply(draft);
    else if (event.key === 'Escape') {
      setDraft(text);
      setError(null);
    }
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <section className="panel surface-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('surface.panel.heading')}</h2>
      <div className="field model-formula">
        <label htmlFor={`${id}-f`}>{t('surface.setting.f')}</label>
        <input
          id={`${id}-f`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void apply(draft)}
          onKeyDown={onKeyDown}
        />
        <span id={hintId} className="field-hint">
          {t('surface.panel.hint', { functions: FUNCTIONS.join(', ') })}
        </span>
        {error && (
          <span id={errorId} className="field-error" role="alert">
            {t('expression.kept', { error: t.msg(error) })}
          </span>
        )}
      </div>
    </section>
  );
}
