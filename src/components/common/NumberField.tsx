import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { plain } from '../../format/number';
import { parseTypedInRange, type Range } from '../../format/parseNumber';
import { msg, type MessageKey, type Msg } from '../../i18n/i18n';
import { useT } from './useT';

interface NumberFieldProps extends Range {
  /** The accessible name, also the visible label. */
  readonly label: MessageKey | Msg;
  readonly value: number;
  /** Arrow Up/Down change the value by this much. */
  readonly step: number;
  onCommit(value: number): void;
  /** Told of each valid value typed but not yet committed (null when there is none). */
  onDraft?(value: number | null): void;
  readonly hint?: string | undefined;
  readonly className?: string;
}

/**
 * A number field that commits on Enter or on leaving it. What was typed stays visible until it
 * is a valid number in range; until then an inline message says what is wrong, and the last
 * good value stays in force. A text input with role="spinbutton" rather than type="number",
 * so a typo is shown and explained instead of silently emptied by the browser. Numbers are shown and
 * read in the page's language (0,2 in Spanish; the dot is read too).
 */
export function NumberField({ label, value, step, onCommit, onDraft, hint, className, ...range }: NumberFieldProps) {
  const id = useId();
  const t = useT();
  const name = typeof label === 'string' ? msg(label) : label;
  const [draft, setDraft] = useState(plain(value));
  const [error, setError] = useState<Msg | null>(null);

  // A value changed elsewhere (slider, link, reset) or a new language replaces the draft.
  useEffect(() => {
    setDraft(plain(value));
    setError(null);
  }, [value, t]);

  const commit = (text: string) => {
    onDraft?.(null);
    const parsed = parseTypedInRange(text, range, name);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft(plain(parsed.value));
    if (parsed.value !== value) onCommit(parsed.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      commit(draft);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const direction = event.key === 'ArrowUp' ? 1 : -1;
      // Round to the step's decimals so repeated presses do not collect binary noise.
      const decimals = Math.max(0, -Math.floor(Math.log10(step)));
      const next = Number((value + direction * step).toFixed(decimals));
      commit(plain(Math.min(range.max, Math.max(range.min, next))));
    } else if (event.key === 'Escape') {
      onDraft?.(null);
      setDraft(plain(value));
      setError(null);
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{t.msg(name)}</label>
      <input
        id={id}
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-valuenow={value}
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (onDraft) {
            const parsed = parseTypedInRange(e.target.value, range, name);
            onDraft(parsed.ok && parsed.value !== value ? parsed.value : null);
          }
        }}
        onBlur={() => commit(draft)}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {t('input.stillUsing', { error: t.msg(error), value: plain(value) })}
        </span>
      )}
    </div>
  );
}
