import { ssrOf, type NetworkParams, type Parameter } from './backprop';
import type { Data } from './point';

/** Central finite difference of the SSR in one parameter, for the gradient check. */
export function numericGradient(data: Data, p: NetworkParams, name: Parameter, h = 1e-6): number {
  const scale = Math.max(1, Math.abs(p[name]));
  const step = h * scale;
  const plus = ssrOf(data, { ...p, [name]: p[name] + step });
  const minus = ssrOf(data, { ...p, [name]: p[name] - step });
  return (plus - minus) / (2 * step);
}

/**
 * |analytic − numeric| / max(|analytic|, |numeric|, 1): the gradient check's figure. Below 1 it is
 * the absolute error, since a finite difference cannot resolve a tiny gradient relatively (its
 * rounding error is about ε·SSR/h ≈ 1e-9 whatever the gradient).
 */
export function relativeError(analytic: number, numeric: number): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), 1);
}
