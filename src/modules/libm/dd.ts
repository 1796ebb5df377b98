// Double-double arithmetic: a value is an unevaluated sum hi + lo of two doubles with |lo| <= ulp(hi)/2, which
// carries about 106 significant bits. The elementary functions compute in it and round once at the end, so
// their results are the correctly rounded doubles (what glibc's libm, and so CPython, returns in practice).
//
// Every operation writes its result to R.h / R.l (read them at once: the next operation overwrites them).
// Keeping the results in one object avoids allocating a pair per operation.

export const R = { h: 0, l: 0 };

const SPLITTER = 134217729; // 2**27 + 1: splits a double into two 26-bit halves (Dekker)

/** a + b exactly as R.h + R.l. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R.h = s;
  R.l = (a - (s - bb)) + (b - bb);
}

/** a * b exactly as R.h + R.l (Dekker's product; |a|, |b| < 2**996 so the split cannot overflow). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R.h = p;
  R.l = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** (ah, al) + (bh, bl) */
export function add(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  e += t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += f;
  h = s + e;
  R.h = h;
  R.l = e - (h - s);
}

/** (ah, al) + b */
export function addD(ah: number, al: number, b: number): void {
  const s = ah + b;
  const bb = s - ah;
  const e = (ah - (s - bb)) + (b - bb) + al;
  const h = s + e;
  R.h = h;
  R.l = e - (h - s);
}

/** (ah, al) * (bh, bl) */
export function mul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah), ahl = ah - ahh;
  t = SPLITTER * bh;
  const bhh = t - (t - bh), bhl = bh - bhh;
  const e = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl + (ah * bl + al * bh);
  const h = p + e;
  R.h = h;
  R.l = e - (h - p);
}

/** (ah, al) * b */
export function mulD(ah: number, al: number, b: number): void {
  const p = ah * b;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah), ahl = ah - ahh;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ((ahh * bh - p) + ahh * bl + ahl * bh) + ahl * bl + al * b;
  const h = p + e;
  R.h = h;
  R.l = e - (h - p);
}

/** (ah, al) / (bh, bl): three quotient digits, each from the remainder left by the previous ones. */
export function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mulD(bh, bl, q1);
  add(ah, al, -R.h, -R.l);
  const rh = R.h, rl = R.l;
  const q2 = rh / bh;
  mulD(bh, bl, q2);
  add(rh, rl, -R.h, -R.l);
  const q3 = R.h / bh;
  twoSum(q1, q2);
  addD(R.h, R.l, q3);
}

/** sqrt(ah, al) for a positive value: one Newton step from the double square root. */
export function sqrt(ah: number, al: number): void {
  if (ah <= 0) {
    R.h = Math.sqrt(ah);
    R.l = 0;
    return;
  }
  const s = Math.sqrt(ah);
  twoProd(s, s);
  // (a - s*s) / (2s), with a - s*s computed almost exactly
  add(ah, al, -R.h, -R.l);
  const corr = R.h / (2 * s);
  twoSum(s, corr);
}

/** Round a dd value to the nearest double (its hi part, when normalised). */
export function toDouble(h: number, l: number): number {
  return h + l;
}
