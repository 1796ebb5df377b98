// The _ast module: the bridge between the compiler's syntax trees (plain JS objects, src/compiler/ast.ts) and
// the node classes of lib/ast.py. _ast.parse turns source into Python nodes; compile() turns Python nodes back
// (pyAstToJs) and compiles them. The node classes themselves are written in lib/ast.py from _ast._schema().

import { I32 } from '../heap/heap';
import { TypeObj } from '../heap/layout';
import { decref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { call, getAttrOrNull, isInstanceOfType, setAttr, typeNameOfObj } from '../objects/abstract';
import * as ast from '../compiler/ast';
import { parse, ParseMode } from '../compiler/parser';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { intToBigInt, isInt, newBigInt, newInt } from '../objects/int';
import { floatValue, isFloat, newFloat } from '../objects/float';
import { complexImag, complexReal, isComplex, newComplex } from '../objects/complex';
import { bytesValue, isBytes, newBytes } from '../objects/bytes';
import { isList, listFrom, listItems } from '../objects/list';
import { isTuple, tupleFrom, tupleItems } from '../objects/tuple';
import { typeNameOf } from '../objects/type';
import { syntaxErrorToPy } from '../vm/errors';
import { defineModule } from './registry';
import { importedModuleAttr } from './modutil';

const POSITION = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Operator and context nodes: no fields, no positions. */
const FIELDLESS = [...Object.keys(ast.OPERATORS), ...Object.keys(ast.UNARY_OPERATORS), ...Object.keys(ast.CMP_OPERATORS),
  'And', 'Or', 'Load', 'Store', 'Del'];

// ---- JS tree -> Python nodes ---------------------------------------------------------------------------

function nodeClass(name: string): Ref {
  const cls = importedModuleAttr('ast', name);
  if (cls === 0) throw raise(T.SystemError, `ast.${name} is missing`);
  return cls;
}

function constantToPy(v: unknown): Ref {
  if (v === null || v === undefined) return S.None;
  if (v === true) return S.True;
  if (v === false) return S.False;
  if (v === ast.ELLIPSIS) return S.Ellipsis;
  if (typeof v === 'string') return newStr(v);
  if (typeof v === 'bigint') return newBigInt(v);
  if (typeof v === 'number') return newFloat(v);
  if (v instanceof Uint8Array) return newBytes(v);
  return newComplex(0, (v as ast.Complex).imag);
}

function valueToPy(v: unknown, constant: boolean): Ref {
  if (Array.isArray(v)) {
    const items = v.map((x) => valueToPy(x, false));
    const l = listFrom(items);
    for (const x of items) decref(x);
    return l;
  }
  if (constant) return constantToPy(v);
  if (typeof v === 'number') return newInt(v);
  if (typeof v === 'object' && v !== null && '_type' in v) return nodeToPy(v as { _type: string });
  return constantToPy(v);
}

function nodeToPy(node: { _type: string }): Ref {
  const obj = call(nodeClass(node._type), [], null);
  const rec = node as unknown as Record<string, unknown>;
  for (const name of ast.FIELDS[node._type] ?? []) {
    const constant = name === 'value' && (node._type === 'Constant' || node._type === 'MatchSingleton');
    const v = valueToPy(rec[name], constant);
    setAttr(obj, intern(name), v);
    decref(v);
  }
  if (typeof rec.lineno === 'number' && node._type !== 'TypeIgnore') {
    for (const name of POSITION) {
      const v = newInt(rec[name] as number);
      setAttr(obj, intern(name), v);
      decref(v);
    }
  }
  return obj;
}

/** source parsed to Python nodes of lib/ast.py. */
export function parseToPy(source: string, filename: string, mode: ParseMode): Ref {
  let tree: ast.Mod;
  try {
    tree = parse(source, filename, mode);
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
  return nodeToPy(tree);
}

// ---- Python nodes -> JS tree ---------------------------------------------------------------------------

/** Is obj an instance of ast.AST (false when lib/ast.py was never imported)? */
export function isPyAst(obj: Ref): boolean {
  const base = importedModuleAttr('ast', 'AST');
  return base !== 0 && isInstanceOfType(obj, base);
}

/** The node kind of an ast.AST instance: the first class on its MRO that the compiler knows. */
function kindOf(obj: Ref): { kind: string; category: string } {
  const mro = tupleItems(I32[typeOf(obj) + TypeObj.Mro]);
  for (let i = 0; i < mro.length; i++) {
    const name = typeNameOf(mro[i]);
    if (name in ast.FIELDS || FIELDLESS.includes(name)) {
      const category = i + 1 < mro.length ? typeNameOf(mro[i + 1]) : name;
      return { kind: name, category: category === 'AST' ? name : category };
    }
  }
  throw raise(T.TypeError, `expected some sort of AST node, but got ${typeNameOfObj(obj)}`);
}

function requiredField(name: string, category: string): PyErr {
  return raise(T.TypeError, `required field "${name}" missing from ${category}`);
}

function valueToJs(v: Ref, constant: boolean): unknown {
  if (v === S.None) return null;
  if (constant) {
    if (v === S.True) return true;
    if (v === S.False) return false;
    if (v === S.Ellipsis) return ast.ELLIPSIS;
    if (isInt(v)) return intToBigInt(v);
    if (isFloat(v)) return floatValue(v);
    if (isComplex(v)) {
      if (complexReal(v) !== 0) throw raise(T.TypeError, 'got an invalid type in Constant: complex');
      return { imag: complexImag(v) };
    }
    if (isBytes(v)) return bytesValue(v).slice();
    if (isStr(v)) return strValue(v);
    if (isTuple(v)) throw raise(T.TypeError, 'got an invalid type in Constant: tuple');
    throw raise(T.TypeError, `got an invalid type in Constant: ${typeNameOfObj(v)}`);
  }
  if (isList(v)) return listItems(v).map((x) => valueToJs(x, false));
  if (isStr(v)) return strValue(v);
  if (v === S.True) return 1;
  if (v === S.False) return 0;
  if (isInt(v)) return Number(intToBigInt(v));
  if (isPyAst(v)) return pyAstToJs(v);
  throw raise(T.TypeError, `unexpected value of type ${typeNameOfObj(v)} in the syntax tree`);
}

/** A Python syntax tree (ast.AST instances) as the compiler's JS tree. */
export function pyAstToJs(obj: Ref): { _type: string } {
  const { kind, category } = kindOf(obj);
  const node: Record<string, unknown> = { _type: kind };
  // the node's own position is checked before its children, as CPython
  if (kind in ast.FIELDS && !ast.NO_ATTRIBUTES.has(kind)) {
    for (const name of POSITION) {
      const v = getAttrOrNull(obj, intern(name));
      if (v === 0 || v === S.None) {
        decref(v);
        if (name === 'end_lineno' || name === 'end_col_offset') {
          node[name] = node[name === 'end_lineno' ? 'lineno' : 'col_offset'];
          continue;
        }
        throw requiredField(name, category);
      }
      node[name] = isInt(v) ? Number(intToBigInt(v)) : 0;
      decref(v);
    }
  }
  for (const name of ast.FIELDS[kind] ?? []) {
    const v = getAttrOrNull(obj, intern(name));
    if (v === 0) {
      if (ast.OPTIONAL.has(`${kind}.${name}`)) {
        node[name] = null;
        continue;
      }
      throw requiredField(name, category);
    }
    try {
      node[name] = valueToJs(v, name === 'value' && (kind === 'Constant' || kind === 'MatchSingleton'));
    } finally {
      decref(v);
    }
  }
  return node as { _type: string };
}

// ---- the module ------------------------------------------------------------------------------------------

export const astModule = defineModule('_ast', {
  gilSafe: true, // no state
  functions: {
    /** (name, fields, optional fields, has positions) for every node kind. */
    _schema: () => {
      const rows: Ref[] = [];
      const row = (name: string, fields: readonly string[], positions: boolean) => {
        const items = [newStr(name), tupleFrom(fields.map((f) => intern(f))),
          tupleFrom(fields.filter((f) => ast.OPTIONAL.has(`${name}.${f}`)).map((f) => intern(f))),
          positions ? S.True : S.False];
        rows.push(tupleFrom(items));
        decref(items[0]);
        decref(items[1]);
        decref(items[2]);
      };
      for (const [name, fields] of Object.entries(ast.FIELDS)) row(name, fields, !ast.NO_ATTRIBUTES.has(name));
      for (const name of FIELDLESS) row(name, [], false);
      const t = tupleFrom(rows);
      for (const r of rows) decref(r);
      return t;
    },
    /** _parse(source, filename, mode): the source as ast nodes (lib/ast.py's parse). */
    _parse: (_m, args) => {
      const [source, filename, mode] = args;
      if (args.length !== 3 || !isStr(filename) || !isStr(mode)) throw raise(T.TypeError, '_parse(source, filename, mode)');
      let text: string;
      if (isStr(source)) text = strValue(source);
      else if (isBytes(source)) text = Buffer.from(bytesValue(source)).toString('utf8');
      else throw raise(T.TypeError, 'compile() arg 1 must be a string, bytes or AST object');
      const m = strValue(mode);
      if (m !== 'exec' && m !== 'eval' && m !== 'single') {
        throw raise(T.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
      }
      return parseToPy(m === 'eval' ? text.replace(/^[ \t]+/, '') : text, strValue(filename), m as ParseMode);
    },
  },
});

void newref;
