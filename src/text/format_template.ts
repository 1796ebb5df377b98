// str.format templates: splitting "a{0.x[1]!r:>{w}}b" into literal text and replacement fields,
// and splitting a field name into its first part and its .attr / [key] accessors.
import { hostError, type HostError } from './host_error';
import { decimalValue } from './unicode';

export interface TemplateField {
  /** Everything before '!' or ':' ("0.x[1]"); '' for automatic numbering. */
  fieldName: string;
  /** The character after '!' (not validated: "Unknown conversion specifier" is the caller's), or null. */
  conversion: string | null;
  /** The spec after ':' ('' when absent); it may itself contain fields to expand first. */
  formatSpec: string;
  /** True when formatSpec contains '{' and so needs expanding (recursively) before use. */
  specHasFields: boolean;
}

/** One step of a template, as _string.formatter_parser yields it: literal text, then maybe a field. */
export interface TemplatePart {
  literal: string;
  field: TemplateField | null;
}

const MAX_SSIZE = 2n ** 63n - 1n;

function valueError(message: string): never {
  throw hostError('ValueError', message);
}

/**
 * The parts of a format template, in order, split exactly as _string.formatter_parser (and so
 * string.Formatter.parse) splits them: a doubled brace ends a part with one brace of literal.
 * It is a generator because CPython reports a syntax error only when parsing reaches it:
 * fields before it are formatted (and may fail) first.
 */
export function* parseFormatTemplate(s: string): Generator<TemplatePart, void, undefined> {
  const n = s.length;
  let i = 0;
  while (i < n) {
    // Literal text up to the next brace.
    const open = s.indexOf('{', i);
    const close = s.indexOf('}', i);
    const j = open < 0 ? close : close < 0 ? open : Math.min(open, close);
    if (j < 0) {
      yield { literal: s.slice(i), field: null };
      return;
    }
    const brace = s[j];
    if (s[j + 1] === brace) {
      // A doubled brace: the literal ends with one of them.
      yield { literal: s.slice(i, j + 1), field: null };
      i = j + 2;
      continue;
    }
    if (brace === '}') valueError("Single '}' encountered in format string");
    if (j + 1 === n) valueError("Single '{' encountered in format string");
    const literal = s.slice(i, j);
    const { field, next } = parseField(s, j + 1);
    i = next;
    yield { literal, field };
  }
}

function parseField(s: string, start: number): { field: TemplateField; next: number } {
  const n = s.length;
  let k = start;
  // The field name: anything up to '}', ':' or '!', except that [...] is taken whole.
  while (k < n) {
    const c = s[k];
    if (c === '[') {
      const close = s.indexOf(']', k + 1);
      k = close < 0 ? n : close + 1;
      continue;
    }
    if (c === '{') valueError("unexpected '{' in field name");
    if (c === '}' || c === ':' || c === '!') break;
    k++;
  }
  if (k >= n) valueError("expected '}' before end of string");
  const fieldName = s.slice(start, k);
  let c = s[k++];
  let conversion: string | null = null;
  if (c === '!') {
    if (k >= n) valueError('end of string while looking for conversion specifier');
    const cp = s.codePointAt(k)!;
    conversion = String.fromCodePoint(cp);
    k += conversion.length;
    if (k >= n) valueError("unmatched '{' in format spec");
    c = s[k++];
    if (c !== ':' && c !== '}') valueError("expected ':' after conversion specifier");
  }
  if (c === '}') {
    return { field: { fieldName, conversion, formatSpec: '', specHasFields: false }, next: k };
  }
  // The spec runs to the '}' that balances the field's '{'.
  const specStart = k;
  let depth = 1;
  let nested = false;
  while (k < n) {
    const ch = s[k++];
    if (ch === '{') {
      depth++;
      nested = true;
    } else if (ch === '}' && --depth === 0) {
      const formatSpec = s.slice(specStart, k - 1);
      return { field: { fieldName, conversion, formatSpec, specHasFields: nested }, next: k };
    }
  }
  return valueError("unmatched '{' in format spec");
}

export type FieldAccessor = { kind: 'attr'; name: string } | { kind: 'index'; key: number | string };

export interface FieldName {
  /** '' for automatic numbering, a number for a positional index, else a keyword name. */
  first: number | string;
  /** The accessors that parsed before any error, to apply in order. */
  accessors: FieldAccessor[];
  /**
   * A syntax error found after `accessors`: CPython applies the earlier accessors first (and
   * they may fail with their own error), so throw this only after applying them.
   */
  error: HostError | null;
}

/**
 * A str of decimal digits as an index, or -1 when s is not all digits. Like CPython, more than
 * fits a Py_ssize_t is an error; indices above 2^53 (never valid anyway) lose precision.
 */
function asIndex(s: string): number {
  if (s === '') return -1;
  let value = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    value = value * 10n + BigInt(d);
    // Checked digit by digit, so "99999999999999999999x" fails too, as in CPython.
    if (value > MAX_SSIZE) valueError('Too many decimal digits in format string');
  }
  return Number(value);
}

/** The split _string.formatter_field_name_split makes of a replacement field's name. */
export function parseFieldName(name: string): FieldName {
  let i = 0;
  const n = name.length;
  while (i < n && name[i] !== '.' && name[i] !== '[') i++;
  const head = name.slice(0, i);
  const index = asIndex(head);
  const result: FieldName = { first: index >= 0 ? index : head, accessors: [], error: null };
  try {
    while (i < n) {
      const c = name[i++];
      if (c === '.') {
        const start = i;
        while (i < n && name[i] !== '.' && name[i] !== '[') i++;
        if (i === start) valueError('Empty attribute in format string');
        result.accessors.push({ kind: 'attr', name: name.slice(start, i) });
      } else if (c === '[') {
        const close = name.indexOf(']', i);
        if (close < 0) valueError("Missing ']' in format string");
        const key = name.slice(i, close);
        if (key === '') valueError('Empty attribute in format string');
        const keyIndex = asIndex(key);
        result.accessors.push({ kind: 'index', key: keyIndex >= 0 ? keyIndex : key });
        i = close + 1;
        if (i < n && name[i] !== '.' && name[i] !== '[') {
          valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  } catch (e) {
    result.error = e as HostError;
  }
  return result;
}
