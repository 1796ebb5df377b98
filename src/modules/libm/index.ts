// The libm gilt's math, cmath, float and complex use: correctly rounded where glibc is, glibc's formulas where
// glibc uses fdlibm's (see each file).
export * from './elementary';
export * from './fdlibm_forms';
export { erf, erfc, gamma, lgamma } from './special';
