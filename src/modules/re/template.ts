// Replacement templates for re.sub: "\1", "\g<2>", "\g<name>", octal and control escapes.
// The result alternates literal chunks and group numbers; CPython's errors and positions.

import { MAXGROUPS } from './constants';
import { RegexError } from './errors';
import { cpLength, isIdentifier, pyInt, pyRepr, Source } from './source';

const DIGITS = '0123456789';
const OCT_DIGITS = '01234567';
const CONTROL: ReadonlyMap<string, string> = new Map([
  ['\\a', '\x07'], ['\\b', '\b'], ['\\f', '\f'], ['\\n', '\n'], ['\\r', '\r'], ['\\t', '\t'], ['\\v', '\v'], ['\\\\', '\\'],
]);

function isDigitToken(token: string | null, digits: string): boolean {
  return token !== null && token.length === 1 && digits.includes(token);
}

export function parseTemplate(
  repl: string | Uint8Array,
  groups: number,
  groupIndex: Map<string, number>,
): Array<string | Uint8Array | number> {
  const src = new Source(repl);
  const parts: Array<string | number> = [];
  let literal = '';
  const addGroup = (index: number, offset: number): void => {
    if (index > groups) throw src.error(`invalid group reference ${index}`, offset);
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push(index);
  };
  for (;;) {
    let token = src.get();
    if (token === null) break;
    if (token[0] !== '\\') {
      literal += token;
      continue;
    }
    const c = token[1];
    if (c === 'g') {
      if (!src.match('<')) throw src.error('missing <');
      const name = src.getUntil('>', 'group name');
      let index: number;
      if (isIdentifier(name)) {
        const found = groupIndex.get(name);
        if (found === undefined) throw new RegexError(`unknown group name ${pyRepr(name)}`, null, 'IndexError');
        index = found;
      } else {
        const value = pyInt(name);
        if (value === null || value < 0) throw src.error(`bad character in group name ${pyRepr(name)}`, cpLength(name) + 1);
        if (value >= MAXGROUPS) throw src.error(`invalid group reference ${value}`, cpLength(name) + 1);
        index = value;
      }
      addGroup(index, cpLength(name) + 1);
    } else if (c === '0') {
      if (isDigitToken(src.next, OCT_DIGITS)) {
        token += src.get();
        if (isDigitToken(src.next, OCT_DIGITS)) token += src.get();
      }
      literal += String.fromCharCode(parseInt(token.slice(1), 8) & 0xff);
    } else if (DIGITS.includes(c)) {
      let octal = false;
      if (isDigitToken(src.next, DIGITS)) {
        token += src.get();
        if (OCT_DIGITS.includes(c) && OCT_DIGITS.includes(token[2]) && isDigitToken(src.next, OCT_DIGITS)) {
          token += src.get();
          octal = true;
          const value = parseInt(token.slice(1), 8);
          if (value > 0o377) throw src.error(`octal escape value ${token} outside of range 0-0o377`, token.length);
          literal += String.fromCharCode(value);
        }
      }
      if (!octal) addGroup(Number(token.slice(1)), token.length - 1);
    } else {
      const control = CONTROL.get(token);
      if (control !== undefined) literal += control;
      else if (/^[A-Za-z]$/.test(c)) throw src.error(`bad escape ${token}`, cpLength(token));
      else literal += token; // an unknown escape of a non-letter stays as written
    }
  }
  if (literal !== '') parts.push(literal);
  if (typeof repl === 'string') return parts;
  return parts.map((part) => (typeof part === 'number' ? part : Uint8Array.from(part, (ch) => ch.charCodeAt(0))));
}
