import { fixed4 } from '../../format/number';

/** A formula in two forms: TeX for the typesetter, plain text for the fallback and tests. */
export interface Formula {
  readonly tex: string;
  readonly text: string;
}

/** A number as a factor: negatives in parentheses, so "−2 × (−1.6090)" reads unambiguously. */
export function factor(x: number): Formula {
  const s = fixed4(x);
  return s.startsWith('-') ? { tex: `(${s})`, text: `(${s})` } : { tex: s, text: s };
}

/**
 * Σ of per-point terms written out: all of them for up to `limit` points, otherwise the first
 * few, an ellipsis and the last, so 200 points still fit on a line.
 */
export function sumOfTerms(terms: readonly Formula[], limit = 4): Formula {
  const shown =
    terms.length <= limit
      ? terms
      : [...terms.slice(0, limit - 1), { tex: '\\cdots', text: '…' }, terms[terms.length - 1]!];
  // Each term in braces is one group to the typesetter: a long sum wraps at its "+" signs, never
  // inside a term.
  return { tex: shown.map((t) => `{${t.tex}}`).join(' + '), text: shown.map((t) => t.text).join(' + ') };
}
