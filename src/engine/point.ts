/** One observation: input x (dosage) and target y (efficacy). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Data = readonly Point[];

/** True when every number in the list is finite: a step with NaN or ±Infinity is never kept. */
export function allFinite(values: readonly number[]): boolean {
  for (const v of values) if (!Number.isFinite(v)) return false;
  return true;
}
