// The one exception the engine throws. The native module turns it into a Python exception:
// `re.error(msg, pattern, pos)` for kind 'error' (the usual case), or the builtin named by kind
// (CPython raises ValueError for bad flag combinations, OverflowError for huge repeat counts and
// IndexError for an unknown group name in a replacement template).

export type RegexErrorKind = 'error' | 'ValueError' | 'OverflowError' | 'IndexError';

export class RegexError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
    readonly kind: RegexErrorKind = 'error',
  ) {}

  toString(): string {
    return this.pos === null ? this.msg : `${this.msg} at position ${this.pos}`;
  }
}
