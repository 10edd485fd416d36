/**
 * Sums like numpy's `np.sum` on a float64 array (pairwise summation, numpy/_core/src/umath/
 * loops_utils.h.src), so the linreg numbers match the reference script's digits for any data
 * size, not just for m < 8 where numpy happens to add left to right. `n` sums a prefix (a
 * reused scratch array longer than the data).
 */
export function numpySum(values: ArrayLike<number>, n = values.length): number {
  // add.reduce starts from the identity 0 and adds the pairwise sum of the first n elements.
  return 0 + pairwiseSum(values, 0, n);
}

const BLOCK = 128;

function pairwiseSum(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res += a[start + i]!;
    return res;
  }
  if (n <= BLOCK) {
    // Eight interleaved accumulators, combined as a balanced tree, then the leftover tail.
    let r0 = a[start]!;
    let r1 = a[start + 1]!;
    let r2 = a[start + 2]!;
    let r3 = a[start + 3]!;
    let r4 = a[start + 4]!;
    let r5 = a[start + 5]!;
    let r6 = a[start + 6]!;
    let r7 = a[start + 7]!;
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const k = start + i;
      r0 += a[k]!;
      r1 += a[k + 1]!;
      r2 += a[k + 2]!;
      r3 += a[k + 3]!;
      r4 += a[k + 4]!;
      r5 += a[k + 5]!;
      r6 += a[k + 6]!;
      r7 += a[k + 7]!;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(a, start, half) + pairwiseSum(a, start + half, n - half);
}
