// Flag values and limits shared by the parser, compiler and matcher. The numbers are CPython's,
// because they are visible to Python code (re.I == 2, pattern.flags, …).

export const enum Flag {
  Template = 1, // re.TEMPLATE (only rejected in scoped inline flags)
  IgnoreCase = 2,
  Locale = 4,
  Multiline = 8,
  DotAll = 16,
  Unicode = 32,
  Verbose = 64,
  Debug = 128,
  Ascii = 256,
}

/** The flags that select how \w, \b, case folding … behave; at most one may be in force. */
export const TYPE_FLAGS = Flag.Ascii | Flag.Locale | Flag.Unicode;
/** Flags that may only be given for the whole pattern, never in a scoped `(?x:...)` group. */
export const GLOBAL_FLAGS = Flag.Debug | Flag.Template;

/** CPython's MAXREPEAT: a repeat count must be below it. */
export const MAXREPEAT = 4294967295;
/** CPython's MAXGROUPS. */
export const MAXGROUPS = 1073741823;
/** CPython refuses look-behinds wider than this (its code words are 32 bits). */
export const MAXCODE = 4294967295;
/** Counts above this are clamped: no subject is long enough for the difference to show. */
export const COUNT_LIMIT = 0x7fffffff;

/** Inline flag letters, as in `(?aiLmsux)`. */
export const FLAG_LETTERS: ReadonlyMap<string, number> = new Map([
  ['i', Flag.IgnoreCase],
  ['L', Flag.Locale],
  ['m', Flag.Multiline],
  ['s', Flag.DotAll],
  ['x', Flag.Verbose],
  ['a', Flag.Ascii],
  ['t', Flag.Template],
  ['u', Flag.Unicode],
]);
