// Newline handling shared by TextIOWrapper and StringIO (pure string functions).
//
// newline=None: '\n', '\r' and '\r\n' all end lines and read as '\n' (universal newlines).
// newline='':   all three end lines and are returned unchanged.
// newline='\n', '\r' or '\r\n': only that string ends lines; nothing is translated on input.

export const enum NewlineMode {
  Universal = 0,
  Any = 1,
  LF = 2,
  CR = 3,
  CRLF = 4,
}

export function newlineModeOf(newline: string | null): NewlineMode {
  switch (newline) {
    case null: return NewlineMode.Universal;
    case '': return NewlineMode.Any;
    case '\n': return NewlineMode.LF;
    case '\r': return NewlineMode.CR;
    default: return NewlineMode.CRLF;
  }
}

export function isValidNewline(s: string): boolean {
  return s === '' || s === '\n' || s === '\r' || s === '\r\n';
}

/** Seen-newline bits, as the `newlines` attribute reports them. */
export const enum SeenNewline {
  CR = 1,
  LF = 2,
  CRLF = 4,
}

export const NEED_MORE = -2;

/**
 * The index just past the first line end in s[from:], -1 if there is none, or NEED_MORE when s ends in a
 * '\r' whose meaning depends on the next character (more text may still come unless `eof`).
 */
export function findLineEnd(s: string, from: number, mode: NewlineMode, eof: boolean): number {
  switch (mode) {
    case NewlineMode.LF: {
      const i = s.indexOf('\n', from);
      return i < 0 ? -1 : i + 1;
    }
    case NewlineMode.CR: {
      const i = s.indexOf('\r', from);
      return i < 0 ? -1 : i + 1;
    }
    case NewlineMode.CRLF: {
      const i = s.indexOf('\r\n', from);
      if (i >= 0) return i + 2;
      return !eof && s.endsWith('\r') ? NEED_MORE : -1;
    }
    default: {
      for (let i = from; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 10) return i + 1;
        if (c === 13) {
          if (i + 1 < s.length) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          return eof ? i + 1 : NEED_MORE;
        }
      }
      return -1;
    }
  }
}

/** '\r\n' and '\r' to '\n'. */
export function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** Which newline kinds occur in s. */
export function newlineKinds(s: string): number {
  let bits = 0;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) {
    bits |= s.charCodeAt(i + 1) === 10 ? SeenNewline.CRLF : SeenNewline.CR;
  }
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    if (i === 0 || s.charCodeAt(i - 1) !== 13) {
      bits |= SeenNewline.LF;
      break;
    }
  }
  return bits;
}

/** The `newlines` attribute for seen bits: None, one string, or a tuple of them in a fixed order. */
export function seenNewlinesValue(bits: number): string[] | null {
  const out: string[] = [];
  if (bits & SeenNewline.CR) out.push('\r');
  if (bits & SeenNewline.LF) out.push('\n');
  if (bits & SeenNewline.CRLF) out.push('\r\n');
  return out.length === 0 ? null : out;
}

/** Index (UTF-16 units) after n code points of s starting at `from` (clamped to s.length). */
export function advanceCodePoints(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return i;
}

/** The number of code points of s[from, to). */
export function countCodePoints(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * Take up to n characters of s[from:] with universal newlines translated ('\r\n' counts as one). Stops
 * early, with needMore, at a final '\r' that cannot be decided yet. Returns the text and where it ended.
 */
export function takeTranslated(s: string, from: number, n: number, eof: boolean): { text: string; end: number; needMore: boolean } {
  let out = '';
  let i = from;
  let count = 0;
  let chunkStart = i;
  while (count < n && i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      if (i + 1 >= s.length && !eof) {
        out += s.slice(chunkStart, i);
        return { text: out, end: i, needMore: true };
      }
      out += s.slice(chunkStart, i) + '\n';
      i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
      chunkStart = i;
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    count++;
  }
  out += s.slice(chunkStart, i);
  return { text: out, end: i, needMore: false };
}
