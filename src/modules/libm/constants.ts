// High-precision constants for the libm routines, computed once with BigInt arithmetic (so no digits are
// copied from anywhere): π by Machin's formula, ln 2 and ln 10 by atanh series. A constant is kept as a
// "scaled" bigint v = round(c * 2**PREC) and split into doubles as needed.

const PREC = 1400n; // bits after the binary point

function atanInv(n: bigint, prec: bigint): bigint {
  // atan(1/n) * 2**prec = Σ (-1)^k / ((2k+1) n^(2k+1))
  const one = 1n << prec;
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    const t = term / (2n * k + 1n);
    sum += k % 2n === 0n ? t : -t;
    term /= n2;
  }
  return sum;
}

function atanhInv(n: bigint, prec: bigint): bigint {
  // atanh(1/n) * 2**prec = Σ 1 / ((2k+1) n^(2k+1))
  let term = (1n << prec) / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += term / (2n * k + 1n);
    term /= n2;
  }
  return sum;
}

const GUARD = 16n;
const P = PREC + GUARD;
/** π * 2**PREC (Machin: π/4 = 4 atan(1/5) - atan(1/239)) */
export const PI_SCALED = (16n * atanInv(5n, P) - 4n * atanInv(239n, P)) >> GUARD;
/** ln 2 * 2**PREC (ln 2 = 2 atanh(1/3)) */
export const LN2_SCALED = (2n * atanhInv(3n, P)) >> GUARD;
/** ln 10 * 2**PREC (ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)) */
export const LN10_SCALED = (6n * atanhInv(3n, P) + 2n * atanhInv(9n, P)) >> GUARD;
export const SCALE_BITS = Number(PREC);

/** A scaled constant (value * 2**bits) split into `parts` doubles, each holding `bitsPerPart` bits (0 = 53). */
export function splitConstant(scaled: bigint, bits: number, parts: number, bitsPerPart = 0): number[] {
  const out: number[] = [];
  let rest = scaled;
  for (let i = 0; i < parts; i++) {
    let d = toDoubleScaled(rest, bits);
    if (bitsPerPart > 0 && d !== 0) d = truncateBits(d, bitsPerPart);
    out.push(d);
    rest -= fromDoubleScaled(d, bits);
  }
  return out;
}

/** Number(v / 2**bits), correctly rounded (half to even); the result must be a normal double. */
export function toDoubleScaled(v: bigint, bits: number): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  const a = neg ? -v : v;
  const len = a.toString(2).length;
  const drop = len - 53;
  let q = a;
  if (drop > 0) {
    const d = BigInt(drop);
    q = a >> d;
    const rem = a - (q << d);
    const half = 1n << (d - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const r = Number(q) * 2 ** (Math.max(drop, 0) - bits);
  return neg ? -r : r;
}

/** x * 2**bits as an exact bigint (x must be a multiple of 2**-bits). */
export function fromDoubleScaled(x: number, bits: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = mantExp(x);
  const s = e + bits;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

const view = new DataView(new ArrayBuffer(8));

/** x = m * 2**e with m an integer (53 bits at most). */
export function mantExp(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return [x < 0 ? -m : m, e];
}

function truncateBits(d: number, bits: number): number {
  const [m, e] = mantExp(d);
  const len = (m < 0n ? -m : m).toString(2).length;
  if (len <= bits) return d;
  const drop = BigInt(len - bits);
  return Number((m >> drop) << drop) * 2 ** e;
}

export function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return 5e-324;
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? b + 1n : b - 1n);
  return view.getFloat64(0);
}

export function nextDown(x: number): number {
  return -nextUp(-x);
}
