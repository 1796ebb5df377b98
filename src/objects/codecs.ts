// The text codecs every Python program needs: utf-8 (and utf-8-sig), ascii, latin-1, cp1252, utf-16 and
// utf-32 (with their -le/-be forms), and the standard error handlers (strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace). Errors are CPython's
// UnicodeEncodeError/UnicodeDecodeError, with the same positions and messages, since programs print them.
//
// Encoders take a JS string (a Python str; lone surrogates stand for themselves) and decoders return one.
// The common cases (well-formed text, valid input) take a fast path through Node's own UTF-8 machinery.

import { I32 } from '../heap/heap';
import { ExcObj } from '../heap/layout';
import { decref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import { newStr, strValue, isStr } from './str';
import { newBytes } from './bytes';
import { newInt, isInt, intToSafe } from './int';
import { excSpecs, newException, setExcArgs } from './exceptions';
import { tupleFrom } from './tuple';
import { getset, method } from './typespec';
import { str as strOf, typeNameOfObj } from './abstract';

type CodecName = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'cp1252' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' |
  'utf-32-le' | 'utf-32-be' | 'unicode-escape' | 'raw-unicode-escape';

const ALIASES: Record<string, CodecName> = {};
for (const [name, aliases] of [
  ['utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001'], ['utf-8-sig', 'utf_8_sig'],
  ['ascii', 'ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us ' +
    'iso_646.irv_1991 iso_ir_6 us'],
  ['latin-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 csisolatin1 ibm819 ' +
    'iso_8859_1_1987'],
  ['cp1252', 'cp1252 windows_1252 1252'], ['utf-16', 'utf_16 utf16 u16'], ['utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'],
  ['utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'], ['utf-32', 'utf_32 utf32 u32'],
  ['utf-32-le', 'utf_32_le utf_32le'], ['utf-32-be', 'utf_32_be utf_32be'],
  ['unicode-escape', 'unicode_escape'], ['raw-unicode-escape', 'raw_unicode_escape'],
] as Array<[CodecName, string]>) {
  for (const a of aliases.split(' ')) ALIASES[a] = name;
}

/** encodings.normalize_encoding, lowercased: runs of punctuation other than '.' become one '_'. */
function normalizeName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    if (/^[\p{L}\p{N}.]$/u.test(ch)) {
      if (punct && out) out += '_';
      out += ch;
      punct = false;
    } else {
      punct = true;
    }
  }
  return out.toLowerCase();
}

const lookupCache = new Map<string, CodecName>();

/** Codecs lib/codecs.py has that are not str <-> bytes (str.encode refuses them by name). */
const NON_TEXT_CODECS = new Set(['hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zlib', 'zip', 'zlib_codec',
  'rot13', 'rot_13']);

/** The codec for an encoding name, or LookupError (`use` names the codecs function such a codec needs). */
export function lookupCodec(name: string, use: 'encode' | 'decode' = 'encode'): CodecName {
  let c = lookupCache.get(name);
  if (c === undefined) {
    const normalized = normalizeName(name);
    c = ALIASES[normalized];
    if (c === undefined && NON_TEXT_CODECS.has(normalized)) {
      throw raise(T.LookupError, `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
    }
    if (c === undefined) throw raise(T.LookupError, `unknown encoding: ${name}`);
    lookupCache.set(name, c);
  }
  return c;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
  'surrogatepass', 'xmlcharrefreplace']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw raise(T.LookupError, `unknown error handler name '${errors}'`);
}

// ---- UnicodeEncodeError / UnicodeDecodeError -----------------------------------------------------------------

/** A UnicodeDecodeError or UnicodeEncodeError with CPython's five arguments (object is a str or bytes ref). */
function unicodeError(type: Ref, encoding: string, object: Ref, start: number, end: number, reason: string): PyErr {
  const args = [newStr(encoding), object, newInt(start), newInt(end), newStr(reason)];
  const e = newException(type, args);
  setUnicodeFields(e, args);
  for (const a of args) decref(a);
  return new PyErr(e);
}

// encoding, object, start, end, reason live in the five spare exception words so they can be reassigned
const FIELDS = [ExcObj.Extra1, ExcObj.Extra2, ExcObj.Extra3, ExcObj.Extra4, ExcObj.Extra5];

function setUnicodeFields(e: Ref, args: Ref[]): void {
  for (let i = 0; i < 5; i++) {
    const old = I32[e + FIELDS[i]];
    I32[e + FIELDS[i]] = newref(args[i]);
    decref(old);
  }
}

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}

/** str() of a UnicodeError subclass instance, from its fields. */
function unicodeErrorStr(e: Ref, kind: 'decode' | 'encode' | 'translate'): Ref {
  const obj = I32[e + ExcObj.Extra2];
  if (obj === 0) return newStr('');
  const startRef = I32[e + ExcObj.Extra3], endRef = I32[e + ExcObj.Extra4];
  const start = isInt(startRef) ? intToSafe(startRef) ?? 0 : 0;
  const end = isInt(endRef) ? intToSafe(endRef) ?? 0 : 0;
  const reason = strJsOf(I32[e + ExcObj.Extra5]);
  const enc = kind === 'translate' ? '' : strJsOf(I32[e + ExcObj.Extra1]);
  const verb = kind === 'decode' ? "can't decode" : kind === 'encode' ? "can't encode" : "can't translate";
  const prefix = kind === 'translate' ? verb : `'${enc}' codec ${verb}`;
  let objLen = 0;
  let single = '';
  if (kind === 'decode') {
    const b = bufferOf(obj);
    objLen = b.length;
    if (start < objLen) single = `byte 0x${hex(b[start], 2)}`;
  } else if (isStr(obj)) {
    const cps = Array.from(strValue(obj));
    objLen = cps.length;
    if (start < objLen) {
      const cp = cps[start].codePointAt(0)!;
      const esc = cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
      single = `character '${esc}'`;
    }
  }
  if (start < objLen && end === start + 1) return newStr(`${prefix} ${single} in position ${start}: ${reason}`);
  const what = kind === 'decode' ? 'bytes' : 'characters';
  return newStr(`${prefix} ${what} in position ${start}-${end - 1}: ${reason}`);
}

function strJsOf(r: Ref): string {
  if (r === 0) return '';
  const s = strOf(r);
  const v = strValue(s);
  decref(s);
  return v;
}

/** Set by bytes_methods.ts: the bytes of a bytes-like object (bytes, bytearray, memoryview). */
let bufferOf: (r: Ref) => Uint8Array = () => new Uint8Array(0);
export function setCodecBufferAccess(fn: (r: Ref) => Uint8Array): void {
  bufferOf = fn;
}

for (const [name, kind] of [['UnicodeDecodeError', 'decode'], ['UnicodeEncodeError', 'encode'],
  ['UnicodeTranslateError', 'translate']] as const) {
  const spec = excSpecs.get(name)!;
  const nargs = kind === 'translate' ? 4 : 5;
  method(spec, '__init__', (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== nargs) {
      throw raise(T.TypeError, `function takes exactly ${nargs} arguments (${args.length} given)`);
    }
    const a = kind === 'translate' ? [S.None, ...args] : args;
    const first = kind === 'translate' ? 2 : 1;
    if (kind !== 'translate' && !isStr(a[0])) throw argError(1, 'str', a[0]);
    if (kind === 'decode') {
      bufferOf(a[1]); // validates
    } else if (!isStr(a[1])) {
      throw argError(first, 'str', a[1]);
    }
    if (!isInt(a[2])) throw argError(first + 1, 'int', a[2]);
    if (!isInt(a[3])) throw argError(first + 2, 'int', a[3]);
    if (!isStr(a[4])) throw argError(first + 3, 'str', a[4]);
    let obj = a[1];
    if (kind === 'decode' && typeOf(a[1]) !== T.bytes) obj = newBytes(bufferOf(a[1]));
    else newref(obj);
    setUnicodeFields(self, [a[0], obj, a[2], a[3], a[4]]);
    decref(obj);
    const t = tupleFrom(args);
    setExcArgs(self, t);
    decref(t);
    return S.None;
  });
  method(spec, '__str__', (self) => unicodeErrorStr(self, kind));
  spec.slots.str = (self) => unicodeErrorStr(self, kind);
  const attrs = ['encoding', 'object', 'start', 'end', 'reason'];
  for (let i = kind === 'translate' ? 1 : 0; i < 5; i++) {
    const field = FIELDS[i];
    getset(spec, attrs[i], (e) => newref(I32[e + field] || S.None), (e, v) => {
      const old = I32[e + field];
      I32[e + field] = newref(v);
      decref(old);
    });
  }
}

function argError(n: number, want: string, got: Ref): PyErr {
  return raise(T.TypeError, `argument ${n} must be ${want}, not ${typeNameOfObj(got)}`);
}

// ---- encoding ----------------------------------------------------------------------------------------------

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const LATIN1_ONLY = /^[\x00-\xff]*$/;

/** Growable byte output. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  ensure(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.n++] = b;
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Write one code point in the codec's form (the caller has checked it is encodable). */
function putCodePoint(out: ByteSink, codec: CodecName, cp: number): void {
  switch (codec) {
    case 'ascii': case 'latin-1':
      out.byte(cp);
      return;
    case 'cp1252':
      out.byte(CP1252_ENCODE.get(cp)!);
      return;
    case 'utf-8':
      if (cp < 0x80) out.byte(cp);
      else if (cp < 0x800) {
        out.byte(0xc0 | (cp >> 6));
        out.byte(0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        out.byte(0xe0 | (cp >> 12));
        out.byte(0x80 | ((cp >> 6) & 0x3f));
        out.byte(0x80 | (cp & 0x3f));
      } else {
        out.byte(0xf0 | (cp >> 18));
        out.byte(0x80 | ((cp >> 12) & 0x3f));
        out.byte(0x80 | ((cp >> 6) & 0x3f));
        out.byte(0x80 | (cp & 0x3f));
      }
      return;
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
      const be = codec === 'utf-16-be';
      const unit = (u: number) => {
        if (be) {
          out.byte(u >> 8);
          out.byte(u & 0xff);
        } else {
          out.byte(u & 0xff);
          out.byte(u >> 8);
        }
      };
      if (cp < 0x10000) unit(cp);
      else {
        unit(0xd800 | ((cp - 0x10000) >> 10));
        unit(0xdc00 | ((cp - 0x10000) & 0x3ff));
      }
      return;
    }
    default: {
      const be = codec === 'utf-32-be';
      for (let k = 0; k < 4; k++) out.byte(be ? (cp >>> (24 - 8 * k)) & 0xff : (cp >>> (8 * k)) & 0xff);
    }
  }
}

// cp1252 (Windows Western European): Latin-1 except 0x80..0x9F; 0xFFFE marks the five undefined bytes.
const CP1252_HIGH = [0x20ac, 0xfffe, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
  0x152, 0xfffe, 0x17d, 0xfffe, 0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
  0x203a, 0x153, 0xfffe, 0x17e, 0x178];
const CP1252_ENCODE = new Map<number, number>();
for (let b = 0; b < 0x100; b++) {
  const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
  if (cp !== 0xfffe) CP1252_ENCODE.set(cp, b);
}

/** Can the codec encode cp (under strict rules)? */
function encodable(codec: CodecName, cp: number): boolean {
  if (codec === 'ascii') return cp < 0x80;
  if (codec === 'latin-1') return cp < 0x100;
  if (codec === 'cp1252') return CP1252_ENCODE.has(cp);
  return !isSurrogate(cp);
}

function encodeReason(codec: CodecName): string {
  if (codec === 'cp1252') return 'character maps to <undefined>';
  return codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)'
    : 'surrogates not allowed';
}

/** No lone surrogates (String.prototype.isWellFormed: Node 20 has it, TypeScript's ES2022 lib does not). */
function isWellFormed(s: string): boolean {
  return (s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** unicode_escape (raw: only characters above latin-1 as \\uXXXX / \\UXXXXXXXX) encoding; never fails. */
function encodeEscaped(s: string, raw: boolean): Uint8Array {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x10000) out += `\\U${hex(cp, 8)}`;
    else if (cp >= 0x100) out += `\\u${hex(cp, 4)}`;
    else if (raw) out += ch;
    else if (cp === 0x5c) out += '\\\\';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp >= 0x7f) out += `\\x${hex(cp, 2)}`;
    else out += ch;
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** unicode_escape / raw_unicode_escape decoding: the bytes are latin-1 text with Python's escapes. */
function decodeEscaped(b: Uint8Array, errors: string, raw: boolean): string {
  const codecName = raw ? 'rawunicodeescape' : 'unicodeescape';
  const out = new TextSink();
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c || i + 1 >= b.length) {
      if (c === 0x5c && !raw) {
        i = decodeError(b, codecName, errors, out, i, b.length, '\\ at end of string', null);
        continue;
      }
      out.unit(c);
      i++;
      continue;
    }
    const e = String.fromCharCode(b[i + 1]);
    if (raw && e !== 'u' && e !== 'U') {
      out.unit(c);
      i++;
      continue;
    }
    const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (digits > 0) {
      let v = 0, k = i + 2;
      while (k < i + 2 + digits && k < b.length && /[0-9a-fA-F]/.test(String.fromCharCode(b[k]))) {
        v = v * 16 + parseInt(String.fromCharCode(b[k]), 16);
        k++;
      }
      if (k < i + 2 + digits) {
        i = decodeError(b, codecName, errors, out, i, k, `truncated \\${e}${'X'.repeat(digits)} escape`, null);
      } else if (v > 0x10ffff) {
        i = decodeError(b, codecName, errors, out, i, k, 'illegal Unicode character', null);
      } else {
        out.codePoint(v);
        i = k;
      }
      continue;
    }
    if (e >= '0' && e <= '7') {
      let v = 0, k = i + 1;
      while (k < i + 4 && k < b.length && b[k] >= 0x30 && b[k] <= 0x37) v = v * 8 + (b[k++] - 0x30);
      out.codePoint(v);
      i = k;
      continue;
    }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      for (let k = 0; k < simple.length; k++) out.unit(simple.charCodeAt(k));
    } else {
      // an unknown escape stays as it is
      out.unit(0x5c);
      out.unit(b[i + 1]);
    }
    i += 2;
  }
  return out.result();
}

/** str.encode(encoding, errors). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') return encodeEscaped(s, codec === 'raw-unicode-escape');
  if (codec === 'utf-8-sig') {
    const body = encodeText(s, 'utf-8', errors);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  // fast paths: nothing can fail
  if (codec === 'utf-8' && isWellFormed(s)) return new Uint8Array(Buffer.from(s, 'utf8'));
  if ((codec === 'ascii' && ASCII_ONLY.test(s)) || (codec === 'latin-1' && LATIN1_ONLY.test(s))) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return b;
  }
  const out = new ByteSink();
  if (codec === 'utf-16') putCodePoint(out, 'utf-16-le', 0xfeff);
  if (codec === 'utf-32') putCodePoint(out, 'utf-32-le', 0xfeff);
  const form: CodecName = codec === 'utf-16' ? 'utf-16-le' : codec === 'utf-32' ? 'utf-32-le' : codec;
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (encodable(codec, cp)) {
      putCodePoint(out, form, cp);
      i++;
      continue;
    }
    // the error covers the run of unencodable characters (one character for utf-16/32, as CPython)
    let end = i + 1;
    if (!codec.startsWith('utf-16') && !codec.startsWith('utf-32')) {
      while (end < cps.length && !encodable(codec, cps[end])) end++;
    }
    const fail = (): never => {
      const name = codec === 'cp1252' ? 'charmap' : codec; // CPython names the table codecs so
      throw unicodeError(T.UnicodeEncodeError, name, newStr(s), i, end, encodeReason(codec));
    };
    checkHandler(errors);
    for (let k = i; k < end; k++) {
      const c = cps[k];
      switch (errors) {
        case 'strict': fail(); break;
        case 'ignore': break;
        case 'replace': putCodePoint(out, form, 0x3f); break;
        case 'backslashreplace': {
          const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
          for (const ch of esc) putCodePoint(out, form, ch.charCodeAt(0));
          break;
        }
        case 'xmlcharrefreplace':
          for (const ch of `&#${c};`) putCodePoint(out, form, ch.charCodeAt(0));
          break;
        case 'surrogateescape':
          if (c < 0xdc80 || c > 0xdcff || codec.startsWith('utf-16') || codec.startsWith('utf-32')) fail();
          out.byte(c - 0xdc00);
          break;
        case 'surrogatepass':
          if (!isSurrogate(c) || codec === 'ascii' || codec === 'latin-1' || codec === 'cp1252') fail();
          putCodePoint(out, form, c);
          break;
      }
    }
    i = end;
  }
  return out.result();
}

// ---- decoding --------------------------------------------------------------------------------------------

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text output assembled from code units, flushed to a string in chunks. */
class TextSink {
  parts: string[] = [];
  units: number[] = [];
  unit(u: number): void {
    this.units.push(u);
    if (this.units.length >= 8192) this.flush();
  }
  codePoint(cp: number): void {
    if (cp < 0x10000) this.unit(cp);
    else {
      this.unit(0xd800 | ((cp - 0x10000) >> 10));
      this.unit(0xdc00 | ((cp - 0x10000) & 0x3ff));
    }
  }
  text(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length) this.parts.push(String.fromCharCode(...this.units));
    this.units = [];
  }
  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

/**
 * Handle a decoding error over bytes [start, end): write the replacement and return where to resume.
 * `passSurrogate` (surrogatepass) returns [code point, length] when the input there is an encoded surrogate.
 */
function decodeError(b: Uint8Array, codecName: string, errors: string, out: TextSink, start: number, end: number,
  reason: string, passSurrogate: ((at: number) => [number, number] | null) | null): number {
  const fail = (): never => {
    throw unicodeError(T.UnicodeDecodeError, codecName, newBytes(b), start, end, reason);
  };
  if (errors === 'strict') fail();
  if (errors === 'xmlcharrefreplace') {
    throw raise(T.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
  checkHandler(errors);
  switch (errors) {
    case 'ignore': return end;
    case 'replace':
      out.unit(0xfffd);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) out.text(`\\x${hex(b[k], 2)}`);
      return end;
    case 'surrogateescape': {
      // escape the leading bytes >= 0x80 and resume after them; an ASCII byte cannot be escaped
      let k = start;
      while (k < end && b[k] >= 0x80) out.unit(0xdc00 + b[k++]);
      if (k === start) fail();
      return k;
    }
    default: { // surrogatepass
      const got = passSurrogate !== null ? passSurrogate(start) : null;
      if (got === null) fail();
      out.unit(got![0]);
      return start + got![1];
    }
  }
}

function decodeUtf8(b: Uint8Array, errors: string): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
  try {
    return utf8Fatal.decode(b);
  } catch {
    // invalid somewhere: the careful decoder below finds where and applies the error handler
  }
  const out = new TextSink();
  const n = b.length;
  const surrogateAt = (at: number): [number, number] | null => {
    if (at + 2 < n && b[at] === 0xed && b[at + 1] >= 0xa0 && b[at + 1] <= 0xbf && (b[at + 2] & 0xc0) === 0x80) {
      return [0xd000 | ((b[at + 1] & 0x3f) << 6) | (b[at + 2] & 0x3f), 3];
    }
    return null;
  };
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out.unit(c);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      i = decodeError(b, 'utf-8', errors, out, i, i + 1, 'invalid start byte', surrogateAt);
      continue;
    }
    // check the continuation bytes: the error covers the valid prefix of the sequence
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const d = b[i + k];
      if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) {
        bad = true;
        break;
      }
    }
    if (bad) {
      i = decodeError(b, 'utf-8', errors, out, i, i + k, 'invalid continuation byte', surrogateAt);
      continue;
    }
    if (k <= need) {
      i = decodeError(b, 'utf-8', errors, out, i, n, 'unexpected end of data', surrogateAt);
      continue;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let j = 1; j <= need; j++) cp = (cp << 6) | (b[i + j] & 0x3f);
    out.codePoint(cp);
    i += need + 1;
  }
  return out.result();
}

function decodeAscii(b: Uint8Array, errors: string): string {
  const out = new TextSink();
  for (let i = 0; i < b.length; ) {
    if (b[i] < 0x80) out.unit(b[i++]);
    else i = decodeError(b, 'ascii', errors, out, i, i + 1, 'ordinal not in range(128)', null);
  }
  return out.result();
}

function decodeCp1252(b: Uint8Array, errors: string): string {
  const out = new TextSink();
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const cp = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
    if (cp !== 0xfffe) {
      out.unit(cp);
      i++;
    } else {
      i = decodeError(b, 'charmap', errors, out, i, i + 1, 'character maps to <undefined>', null);
    }
  }
  return out.result();
}

function decodeUtf16(b: Uint8Array, errors: string, codec: CodecName): string {
  let be = codec === 'utf-16-be';
  let i = 0;
  if (codec === 'utf-16' && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      be = true;
      i = 2;
    }
  }
  const name = be ? 'utf-16-be' : 'utf-16-le';
  const n = b.length;
  const unitAt = (at: number) => (be ? (b[at] << 8) | b[at + 1] : b[at] | (b[at + 1] << 8));
  const surrogateAt = (at: number): [number, number] | null => {
    if (at + 1 >= n) return null;
    const u = unitAt(at);
    return isSurrogate(u) ? [u, 2] : null;
  };
  const out = new TextSink();
  while (i < n) {
    if (i + 1 >= n) {
      i = decodeError(b, name, errors, out, i, n, 'truncated data', null);
      continue;
    }
    const u = unitAt(i);
    if (u < 0xd800 || u > 0xdfff) {
      out.unit(u);
      i += 2;
    } else if (u >= 0xdc00) {
      i = decodeError(b, name, errors, out, i, i + 2, 'illegal encoding', surrogateAt);
    } else if (i + 3 >= n) {
      i = decodeError(b, name, errors, out, i, n, 'unexpected end of data', surrogateAt);
    } else {
      const v = unitAt(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out.unit(u);
        out.unit(v);
        i += 4;
      } else {
        i = decodeError(b, name, errors, out, i, i + 2, 'illegal UTF-16 surrogate', surrogateAt);
      }
    }
  }
  return out.result();
}

function decodeUtf32(b: Uint8Array, errors: string, codec: CodecName): string {
  let be = codec === 'utf-32-be';
  let i = 0;
  if (codec === 'utf-32' && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      be = true;
      i = 4;
    }
  }
  const name = be ? 'utf-32-be' : 'utf-32-le';
  const n = b.length;
  const at = (p: number) => (be ? ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0
    : (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0);
  const surrogateAt = (p: number): [number, number] | null => {
    if (p + 3 >= n) return null;
    const cp = at(p);
    return isSurrogate(cp) ? [cp, 4] : null;
  };
  const out = new TextSink();
  while (i < n) {
    if (i + 3 >= n) {
      i = decodeError(b, name, errors, out, i, n, 'truncated data', null);
      continue;
    }
    const cp = at(i);
    if (cp > 0x10ffff) {
      i = decodeError(b, name, errors, out, i, i + 4, 'code point not in range(0x110000)', null);
    } else if (isSurrogate(cp)) {
      i = decodeError(b, name, errors, out, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)',
        surrogateAt);
    } else {
      out.codePoint(cp);
      i += 4;
    }
  }
  return out.result();
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding, 'decode');
  switch (codec) {
    case 'utf-8': return decodeUtf8(b, errors);
    case 'utf-8-sig': // utf-8 after an optional BOM (errors then count from after it, as CPython's)
      return decodeUtf8(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    case 'ascii': return decodeAscii(b, errors);
    case 'latin-1': return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
    case 'cp1252': return decodeCp1252(b, errors);
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': return decodeUtf16(b, errors, codec);
    case 'unicode-escape': case 'raw-unicode-escape': return decodeEscaped(b, errors, codec === 'raw-unicode-escape');
    default: return decodeUtf32(b, errors, codec);
  }
}

/** The canonical name of an encoding (codecs.lookup(name).name is close to this), or LookupError. */
export function codecName(encoding: string): string {
  return lookupCodec(encoding);
}
