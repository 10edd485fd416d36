/**
 * Python's `f"{x:.{digits}f}"` for a float, exactly: the binary value is rounded half to even
 * (JavaScript's toFixed rounds exact ties up and drops the sign of -0), the sign shows on values
 * that round to zero ("-0.000000"), and large values print every digit instead of an exponent.
 */
export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const { mantissa, exponent } = decompose(Math.abs(x));
  const scale = 10n ** BigInt(digits);
  let scaled: bigint;
  if (exponent >= 0) {
    scaled = (mantissa << BigInt(exponent)) * scale;
  } else {
    const numerator = mantissa * scale;
    const denominator = 1n << BigInt(-exponent);
    const quotient = numerator / denominator;
    const twice = 2n * (numerator % denominator);
    const roundUp = twice > denominator || (twice === denominator && quotient % 2n === 1n);
    scaled = roundUp ? quotient + 1n : quotient;
  }
  const text = scaled.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return (negative ? '-' : '') + whole + (digits > 0 ? '.' + fraction : '');
}

/** |x| = mantissa · 2^exponent with an integer mantissa, read from the IEEE 754 bits. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
