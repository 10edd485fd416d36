/**
 * A loss sampled on a regular grid of two parameters: values[i + j·nx] is the loss at column i
 * (the first parameter, across xDomain) and row j (the second, across yDomain). Made by a
 * scenario, drawn as contours by the charts.
 */
export interface LossGrid {
  readonly values: readonly number[];
  readonly nx: number;
  readonly ny: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
}
