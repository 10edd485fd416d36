type Domain = readonly [number, number];

/**
 * How much narrower than the view what it must hold has to be before the view shrinks to it:
 * narrow enough that a run back from a divergence is no longer drawn as a dot on a flat line,
 * wide enough that an ordinary run, whose path spans most of its view, never rescales back and forth.
 */
export const SHRINK_BELOW = 0.25;

/**
 * The next view of an axis that holds `wanted`. It stays as it is while `wanted` fits inside
 * (`inner`, the values themselves, when the padding may spill), grows at once to take in what
 * leaves it, and shrinks to `wanted` once that is under SHRINK_BELOW of its span: axes hold still
 * for most steps, yet follow a run back after its far points have left what is drawn.
 */
export function followDomain(view: Domain | null, wanted: Domain, inner: Domain = wanted): Domain {
  if (!view) return wanted;
  const leaves = inner[0] < view[0] || inner[1] > view[1];
  const next: Domain = leaves ? [Math.min(view[0], wanted[0]), Math.max(view[1], wanted[1])] : view;
  return wanted[1] - wanted[0] < SHRINK_BELOW * (next[1] - next[0]) ? wanted : next;
}
