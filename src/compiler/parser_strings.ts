// String literals: prefixes, escape sequences, implicit concatenation, and f-strings, producing
// the Constant / JoinedStr / FormattedValue nodes CPython 3.11 produces, positions included.
//
// As in 3.11, an f-string is one STRING token. Its replacement fields are found by scanning the
// token's text; each field's expression is parsed as a separate little source "(expr)" whose
// tokens are shifted to their real place in the file (see fstringExpression).

import * as ast from './ast';
import { Parser } from './parser_core';
import { Tok, Token, utf8Length } from './tokenizer';
import { lookupUnicodeName } from './parser_unicode_names';
import { parseFStringExpression } from './parser';

type E = ast.Expr;

/** strings: STRING+ — implicit concatenation of adjacent literals. */
export function parseStrings(p: Parser): E {
  const first = p.pos;
  while (p.peek().type === Tok.STRING) p.pos++;
  const toks = p.tokens.slice(first, p.pos);
  return concatenate(p, toks);
}

/** The pieces of an f-string (or plain string) being built: CPython's FstringParser. */
interface FState {
  last: string | null; // literal text not yet turned into a Constant
  values: E[];
  fmode: boolean; // an f-string took part: the result is a JoinedStr
}

function concatenate(p: Parser, toks: Token[]): E {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const st: FState = { last: null, values: [], fmode: false };
  let bytesMode = false;
  let bytes: number[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lit = splitLiteral(t.value);
    if (i !== 0 && bytesMode !== lit.bytes) p.raise('cannot mix bytes and nonbytes literals');
    bytesMode = lit.bytes;
    if (lit.f) {
      concatFString(p, st, t.value, lit.start, lit.end, lit.raw, 0, first, t, last);
    } else if (lit.bytes) {
      const b = decodeBytes(p, t, t.value.slice(lit.start, lit.end), lit.raw);
      bytes = bytes === null ? b : bytes.concat(b);
    } else {
      const body = t.value.slice(lit.start, lit.end);
      addLiteral(st, lit.raw || body.indexOf('\\') < 0 ? body : decodeUnicodeEscapes(p, body));
    }
  }
  if (bytesMode) {
    return at<ast.Constant>(first, last, { _type: 'Constant', value: new Uint8Array(bytes!), kind: null });
  }
  return finish(st, first, last);
}

interface Literal {
  bytes: boolean;
  raw: boolean;
  f: boolean;
  start: number; // index of the body in the token text
  end: number;
}

function splitLiteral(text: string): Literal {
  let k = 0;
  let bytes = false, raw = false, f = false;
  for (;;) {
    const c = text.charCodeAt(k) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) f = true;
    else if (c !== 117) break;
    k++;
  }
  const triple = text.length - k >= 6 && text[k + 1] === text[k] && text[k + 2] === text[k];
  const q = triple ? 3 : 1;
  return { bytes, raw, f, start: k + q, end: text.length - q };
}

/** Sets a node's position from the start of token a to the end of token b. */
function at<T extends ast.Pos>(a: Token, b: Token, node: Omit<T, keyof ast.Pos>): T {
  const n = node as T;
  n.lineno = a.lineno;
  n.col_offset = a.col;
  n.end_lineno = b.endLineno;
  n.end_col_offset = b.endCol;
  return n;
}

function addLiteral(st: FState, s: string): void {
  if (s.length === 0) return;
  st.last = st.last === null ? s : st.last + s;
}

/** Turns the pending literal text into a Constant (kind 'u' if the first token starts with 'u'). */
function takeLiteral(st: FState, first: Token, last: Token): ast.Constant {
  const value = st.last!;
  st.last = null;
  return at<ast.Constant>(first, last, { _type: 'Constant', value, kind: first.value[0] === 'u' ? 'u' : null });
}

function finish(st: FState, first: Token, last: Token): E {
  if (!st.fmode) {
    if (st.last === null) st.last = '';
    return takeLiteral(st, first, last);
  }
  if (st.last !== null) st.values.push(takeLiteral(st, first, last));
  return at<ast.JoinedStr>(first, last, { _type: 'JoinedStr', values: st.values });
}

// ---- f-strings ----

/** Parses text[i, end) of an f-string token (or of a format spec, recurseLvl > 0) into st;
 * returns the index where it stopped. */
function concatFString(p: Parser, st: FState, text: string, i: number, end: number, raw: boolean,
  recurseLvl: number, first: Token, t: Token, last: Token): number {
  st.fmode = true;
  for (;;) {
    const lit = findLiteral(p, text, i, end, raw, recurseLvl);
    i = lit.next;
    if (lit.text !== null) addLiteral(st, lit.text);
    if (lit.doubledBrace) continue;
    if (i >= end || text[i] === '}') break;
    const field = findReplacementField(p, text, i, end, raw, recurseLvl, first, t, last);
    i = field.next;
    if (field.exprText !== null) addLiteral(st, field.exprText);
    if (st.last !== null) st.values.push(takeLiteral(st, first, last));
    st.values.push(field.node);
  }
  if (recurseLvl === 0 && i < end - 1) p.raise('f-string: unexpected end of string');
  if (recurseLvl !== 0 && text[i] !== '}') p.raise("f-string: expecting '}'");
  return i;
}

/** Literal text up to the next un-doubled brace. A doubled brace ends the literal (keeping one
 * brace) and asks the caller to go on. */
function findLiteral(p: Parser, text: string, i: number, end: number, raw: boolean, recurseLvl: number):
  { text: string | null; next: number; doubledBrace: boolean } {
  const start = i;
  let doubledBrace = false;
  let litEnd = -1;
  let next = -1;
  while (i < end) {
    let ch = text[i++];
    if (!raw && ch === '\\' && i < end) {
      ch = text[i++];
      if (ch === 'N') {
        // Skip "\N{NAME}" so its braces are not taken for a replacement field.
        if (i < end && text[i++] === '{') while (i < end && text[i++] !== '}');
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (recurseLvl === 0) {
        if (i < end && text[i] === ch) {
          litEnd = i;
          next = i + 1;
          doubledBrace = true;
          break;
        }
        if (ch === '}') p.raise("f-string: single '}' is not allowed");
      }
      i--;
      break;
    }
  }
  if (litEnd < 0) {
    litEnd = i;
    next = i;
  }
  let lit: string | null = null;
  if (litEnd !== start) {
    const body = text.slice(start, litEnd);
    lit = raw ? body : decodeUnicodeEscapes(p, body);
  }
  return { text: lit, next, doubledBrace };
}

const CONVERSIONS = 'sra';

/** A replacement field '{' expr ['='] ['!' conversion] [':' format_spec] '}' at text[i]. */
function findReplacementField(p: Parser, text: string, i: number, end: number, raw: boolean, recurseLvl: number,
  first: Token, t: Token, last: Token): { node: E; exprText: string | null; next: number } {
  if (recurseLvl >= 2) p.raise('f-string: expressions nested too deeply');
  i++; // '{'
  const exprStart = i;
  let quote = '';
  let tripleQuoted = false;
  const parens: string[] = [];
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') p.raise('f-string expression part cannot include a backslash');
    if (quote) {
      // Inside a string of the expression: only look for its end.
      if (ch === quote) {
        if (tripleQuoted) {
          if (i + 2 < end && text[i + 1] === ch && text[i + 2] === ch) {
            i += 2;
            quote = '';
          }
        } else quote = '';
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      tripleQuoted = i + 2 < end && text[i + 1] === ch && text[i + 2] === ch;
      if (tripleQuoted) i += 2;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (parens.length >= 200) p.raise('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === '#') {
      p.raise("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      // "!=", "==", "<=", ">=" are operators, not the end of the expression.
      if (i + 1 < end && text[i + 1] === '=' && ch !== ':' && ch !== '}') {
        i++;
        continue;
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (parens.length === 0) p.raise(`f-string: unmatched '${ch}'`);
      const open = parens.pop()!;
      if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
        p.raise(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
  }
  const exprEnd = i;
  if (quote) p.raise('f-string: unterminated string');
  if (parens.length) p.raise(`f-string: unmatched '${parens[parens.length - 1]}'`);
  if (i >= end) p.raise("f-string: expecting '}'");
  const value = fstringExpression(p, text, exprStart, exprEnd, t);

  let exprText: string | null = null;
  if (text[i] === '=') {
    // Self-documenting "{x=}": the expression's text (with the '=' and spaces after it) is output.
    i++;
    while (i < end && ' \t\n\r\f\v'.includes(text[i])) i++;
    if (i >= end) p.raise("f-string: expecting '}'");
    exprText = text.slice(exprStart, i);
  }
  let conversion = -1;
  if (text[i] === '!') {
    i++;
    if (i >= end) p.raise("f-string: expecting '}'");
    const c = text[i++];
    if (!CONVERSIONS.includes(c)) p.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c.charCodeAt(0);
  }
  let formatSpec: E | null = null;
  if (i < end && text[i] === ':') {
    i++;
    if (i >= end) p.raise("f-string: expecting '}'");
    const spec: FState = { last: null, values: [], fmode: false };
    i = concatFString(p, spec, text, i, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = finish(spec, t, t);
  }
  if (i >= end || text[i] !== '}') p.raise("f-string: expecting '}'");
  i++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114; // 'r'
  const node = at<ast.FormattedValue>(first, last, { _type: 'FormattedValue', value, conversion, format_spec: formatSpec });
  return { node, exprText, next: i };
}

/** Parses the expression text[exprStart, exprEnd) of a replacement field, as CPython 3.11 does:
 * as the separate source "(expr)", whose first line is shifted to where the '{' stands. */
function fstringExpression(p: Parser, text: string, exprStart: number, exprEnd: number, t: Token): E {
  let k = exprStart;
  while (k < exprEnd && ' \t\n\f'.includes(text[k])) k++;
  if (k === exprEnd) {
    const c = text[exprEnd];
    if (c === '!' || c === ':' || c === '=') p.raise(`f-string: expression required before '${c}'`);
    p.raise('f-string: empty expression not allowed');
  }
  const brace = exprStart - 1;
  let lines = 0;
  for (let j = 0; j < brace; j++) if (text.charCodeAt(j) === 10) lines++;
  // Columns of the first line are shifted by the '{' column, unless only blanks follow the '{'
  // on its line (CPython's newline_after_brace).
  let newlineAfterBrace = true;
  for (let j = exprStart; j < text.length && text[j] !== '}' && text[j] !== '\n'; j++) {
    if (text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let s = brace;
    while (s > 0 && text[s] !== '\n') s--;
    cols = text[s] === '\n' ? utf8Length(text, s + 1, brace) : utf8Length(text, s, brace);
  }
  const source = '(' + text.slice(exprStart, exprEnd) + ')';
  const colShift = (lines === 0 ? t.col : 0) + cols;
  return parseFStringExpression(source, p.filename, t.lineno + lines, colShift);
}

// ---- escape sequences ----

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

/** Decodes the escapes of a str literal body, as CPython's decode_unicode_with_escapes. Error
 * positions refer to CPython's intermediate buffer, where each non-ASCII character is written as
 * \UXXXXXXXX, so that buffer is built here too. */
export function decodeUnicodeEscapes(p: Parser, body: string): string {
  let buf = body;
  if (!/^[\x00-\x7f]*$/.test(body)) {
    buf = '';
    for (let i = 0; i < body.length;) {
      if (body[i] === '\\') {
        buf += '\\';
        i++;
        if (i >= body.length || body.charCodeAt(i) >= 0x80) {
          buf += 'u005c';
          if (i >= body.length) break;
        }
      }
      const cp = body.codePointAt(i)!;
      if (cp >= 0x80) {
        buf += '\\U' + cp.toString(16).padStart(8, '0');
        i += cp > 0xffff ? 2 : 1;
      } else {
        buf += body[i];
        i++;
      }
    }
  } else if (body.endsWith('\\') && !body.endsWith('\\\\')) {
    buf = body + 'u005c'; // a lone trailing backslash (f-string literal before '{') stays a backslash
  }
  let out = '';
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const backslash = buf.indexOf('\\', i);
    if (backslash < 0) {
      out += buf.slice(i);
      break;
    }
    out += buf.slice(i, backslash);
    const start = backslash;
    i = backslash + 1;
    if (i >= n) fail(p, start, i, '\\ at end of string');
    const c = buf[i++];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (isOctal(c)) {
      let v = c.charCodeAt(0) - 48;
      if (isOctal(buf[i])) {
        v = v * 8 + buf.charCodeAt(i++) - 48;
        if (isOctal(buf[i])) v = v * 8 + buf.charCodeAt(i++) - 48;
      }
      out += String.fromCodePoint(v);
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const message = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++, i++) {
        const d = i < n ? parseInt(buf[i], 16) : NaN;
        if (Number.isNaN(d)) fail(p, start, i, message);
        v = v * 16 + d;
      }
      if (v > 0x10ffff) fail(p, start, i, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      continue;
    }
    if (c === 'N') {
      let message = 'malformed \\N character escape';
      if (i < n && buf[i] === '{') {
        const nameStart = ++i;
        while (i < n && buf[i] !== '}') i++;
        if (i < n && i > nameStart) {
          const name = buf.slice(nameStart, i);
          i++;
          const cp = lookupUnicodeName(name);
          if (cp !== null) {
            out += String.fromCodePoint(cp);
            continue;
          }
          message = 'unknown Unicode character name';
        }
      }
      fail(p, start, i, message);
    }
    out += '\\' + c; // an unknown escape keeps its backslash (CPython only warns)
  }
  return out;
}

function fail(p: Parser, start: number, end: number, message: string): never {
  const what = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  p.raise(`(unicode error) 'unicodeescape' codec can't decode ${what}: ${message}`);
}

/** Decodes a bytes literal body (ASCII only) into its byte values. */
function decodeBytes(p: Parser, t: Token, body: string, raw: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 0x80) p.raiseAt(t, 'bytes can only contain ASCII literal characters');
  }
  if (raw || body.indexOf('\\') < 0) {
    for (let i = 0; i < body.length; i++) out.push(body.charCodeAt(i));
    return out;
  }
  const n = body.length;
  for (let i = 0; i < n;) {
    const ch = body[i++];
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0));
      continue;
    }
    if (i >= n) p.raise('(value error) Trailing \\ in string');
    const c = body[i++];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
    } else if (isOctal(c)) {
      let v = c.charCodeAt(0) - 48;
      if (isOctal(body[i])) {
        v = v * 8 + body.charCodeAt(i++) - 48;
        if (isOctal(body[i])) v = v * 8 + body.charCodeAt(i++) - 48;
      }
      out.push(v & 0xff);
    } else if (c === 'x') {
      const h = parseInt(body.slice(i, i + 2), 16);
      if (i + 2 > n || !/^[0-9a-fA-F]{2}$/.test(body.slice(i, i + 2)) || Number.isNaN(h)) {
        p.raise(`(value error) invalid \\x escape at position ${i - 2}`);
      }
      out.push(h);
      i += 2;
    } else {
      out.push(92, c.charCodeAt(0));
    }
  }
  return out;
}
