/**
 * The softplus activation ln(1 + eˣ) with its derivative beside it (tensorflow/playground style).
 *
 * The naive form overflows for x > 709 (eˣ = Infinity) and loses every digit for x < −37
 * (1 + eˣ rounds to 1). Splitting on the sign keeps the exponent ≤ 0, and log1p keeps the
 * small-argument digits: softplus(x) = max(x, 0) + ln(1 + e^−|x|).
 */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** d softplus / dx = the logistic function 1 / (1 + e^−x), again with a non-positive exponent. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
