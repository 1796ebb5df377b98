// The parsed form of a pattern. It mirrors the structure CPython's parser builds (so that the
// width rules for look-behinds and the "nothing to repeat" checks come out the same), but the
// flags are not resolved yet: a scoped group carries the flags it adds and removes, and the
// compiler works out what is in force for each node.

import { MAXREPEAT } from './constants';

export const enum Cat {
  Digit,
  NotDigit,
  Space,
  NotSpace,
  Word,
  NotWord,
}

export type SetItem =
  | { readonly t: 'lit'; readonly c: number }
  | { readonly t: 'range'; readonly lo: number; readonly hi: number }
  | { readonly t: 'cat'; readonly cat: Cat };

export const enum At {
  Beginning, // ^
  BeginningString, // \A
  End, // $
  EndString, // \Z
  Boundary, // \b
  NonBoundary, // \B
}

export type RepeatKind = 'greedy' | 'lazy' | 'possessive';

export type Node =
  | { readonly t: 'lit'; readonly c: number }
  | { readonly t: 'notlit'; readonly c: number }
  | { readonly t: 'any' }
  | { readonly t: 'in'; readonly items: readonly SetItem[]; readonly negate: boolean }
  | { readonly t: 'at'; readonly at: At }
  | { readonly t: 'branch'; readonly alts: Seq[] }
  | { readonly t: 'group'; readonly group: number | null; readonly add: number; readonly del: number; readonly body: Seq }
  | { readonly t: 'atomic'; readonly body: Seq }
  | { readonly t: 'repeat'; readonly min: number; readonly max: number; readonly kind: RepeatKind; readonly body: Seq }
  | { readonly t: 'assert'; readonly behind: boolean; readonly negate: boolean; readonly body: Seq }
  | { readonly t: 'ref'; readonly group: number }
  | { readonly t: 'cond'; readonly group: number; readonly yes: Seq; readonly no: Seq | null };

/** A sequence of nodes matched one after the other. */
export type Seq = Node[];

/** "Unbounded", for widths (CPython caps widths at 2**64; a double is plenty). */
export const INFINITE = Number.POSITIVE_INFINITY;

const widthCache = new WeakMap<Seq, readonly [number, number]>();

/**
 * The [min, max] number of characters `seq` can match, by CPython's rules (a back-reference
 * counts as the width of its group; assertions count as nothing).
 */
export function seqWidth(seq: Seq, groupWidths: readonly (readonly [number, number] | null)[]): readonly [number, number] {
  const cached = widthCache.get(seq);
  if (cached !== undefined) return cached;
  let lo = 0;
  let hi = 0;
  for (const node of seq) {
    switch (node.t) {
      case 'lit': case 'notlit': case 'any': case 'in':
        lo += 1;
        hi += 1;
        break;
      case 'branch': {
        let bl = INFINITE;
        let bh = 0;
        for (const alt of node.alts) {
          const [l, h] = seqWidth(alt, groupWidths);
          bl = Math.min(bl, l);
          bh = Math.max(bh, h);
        }
        lo += bl;
        hi += bh;
        break;
      }
      case 'group': case 'atomic': {
        const [l, h] = seqWidth(node.body, groupWidths);
        lo += l;
        hi += h;
        break;
      }
      case 'repeat': {
        const [l, h] = seqWidth(node.body, groupWidths);
        lo += l * node.min;
        hi = node.max === MAXREPEAT && h > 0 ? INFINITE : hi + h * node.max;
        break;
      }
      case 'ref': {
        const w = groupWidths[node.group];
        if (w) {
          lo += w[0];
          hi += w[1];
        }
        break;
      }
      case 'cond': {
        let [l, h] = seqWidth(node.yes, groupWidths);
        if (node.no !== null) {
          const [nl, nh] = seqWidth(node.no, groupWidths);
          l = Math.min(l, nl);
          h = Math.max(h, nh);
        } else {
          l = 0;
        }
        lo += l;
        hi += h;
        break;
      }
      case 'at': case 'assert':
        break;
    }
  }
  const result = [lo, hi] as const;
  widthCache.set(seq, result);
  return result;
}
