import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Msg } from '../../../i18n/i18n';
import { useDescent } from '../../../store/descentStore';
import { useT } from '../../../components/common/useT';
import { MODEL_FUNCTIONS, type ModelSettings } from '../model';
import { loadModelParser, parserLoaded } from '../modelParser';
import { startProblem } from '../startProblem';
import { READY_MODELS, readyModelOf } from '../readyModels';

const OWN = 'own';

/**
 * The formula ŷ = f(x, parameters) as a text field, and the ready-made models. A formula is read
 * once the parser has loaded (it loads with this view); a bad one is refused with a message naming
 * what and where, and the last good model and its run stay as they were.
 */
export function ModelPanel({ settings }: { settings: ModelSettings }) {
  const t = useT();
  const id = useId();
  const setText = useDescent((s) => s.setText);
  const { model } = settings;
  const [draft, setDraft] = useState(model.text);
  const [error, setError] = useState<Msg | null>(null);
  const [parserReady, setParserReady] = useState(parserLoaded);

  // A model applied elsewhere (a link, a ready-made choice, Undo) replaces what was typed.
  useEffect(() => {
    setDraft(model.text);
    setError(null);
  }, [model]);

  useEffect(() => {
    let live = true;
    loadModelParser().then(
      () => live && setParserReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const apply = async (text: string) => {
    if (text === model.text) {
      setError(null);
      return;
    }
    try {
      await loadModelParser();
    } catch {
      // Left to readModel's own message: the reader is not there.
    }
    setError(setText('model', text));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void apply(draft);
    else if (event.key === 'Escape') {
      setDraft(model.text);
      setError(null);
    }
  };

  const ready = readyModelOf(model.text);
  const problem = startProblem(settings);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <section className="panel model-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('model.panel.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-ready`}>{t('model.setting.ready')}</label>
        <select
          id={`${id}-ready`}
          value={ready?.id ?? OWN}
          onChange={(e) => {
            const chosen = READY_MODELS.find((m) => m.id === e.target.value);
            if (chosen) void apply(chosen.formula.text);
          }}
        >
          {READY_MODELS.map((m) => (
            <option key={m.id} value={m.id}>
              {t(m.label)}
            </option>
          ))}
          <option value={OWN} disabled={ready !== undefined}>
            {t('model.ready.own')}
          </option>
        </select>
      </div>
      <div className="field model-formula">
        <label htmlFor={`${id}-model`}>{t('model.setting.model')}</label>
        <input
          id={`${id}-model`}
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
          {t('model.panel.hint', { functions: MODEL_FUNCTIONS.join(', ') })}{' '}
          {parserReady ? t('model.panel.parameters', { names: model.parameters.join(', ') }) : t('model.panel.loading')}
        </span>
        {error && (
          <span id={errorId} className="field-error" role="alert">
            {t('expression.kept', { error: t.msg(error) })}
          </span>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {t('model.panel.startProblem', { error: t.msg(problem) })}
        </p>
      )}
    </section>
  );
}
