// The error the tokenizer and the parser throw. It mirrors the fields of CPython's SyntaxError so the
// VM can turn it into a Python exception unchanged. It is deliberately not a JS Error: capturing a
// stack trace for every failed parse would cost more than the parse itself.
//
// Build it with all fields (`new PySyntaxError(kind, msg, …)`) or empty and fill the fields in.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError {
  constructor(
    public kind: SyntaxErrorKind = 'SyntaxError',
    public msg: string = 'invalid syntax',
    public filename: string = '<unknown>',
    public lineno: number = 1, // 1-based
    public offset: number = 0, // 1-based, in characters (code points), as SyntaxError.offset
    public end_lineno: number = 1,
    public end_offset: number = 0,
    public text: string | null = null, // the offending source line, as SyntaxError.text
  ) {}

  toString(): string {
    return `${this.kind}: ${this.msg} (${this.filename}, line ${this.lineno})`;
  }
}
