// The builtins module: the builtin types, constants, and the functions that need the VM (print, input, eval,
// exec, compile, globals, locals, __import__, __build_class__). The other builtin functions live in
// builtin_funcs.ts.

import { I32 } from '../heap/heap';
import { Frame, ModuleObj, NativeDataObj } from '../heap/layout';
import { decref, incref, newref, raise, Ref, S, T, typeOf, NativeFn, PyErr } from '../objects/core';
import { newException } from '../objects/exceptions';
import { call, callMethod, getAttr, getAttrOrNull, iterNext, getIter, N, repr, str, strJs, typeNameOfObj, isTrue, lenOf, hashOf } from '../objects/abstract';
import { dictGetStr, dictSetItem, isDict, newDict } from '../objects/dict';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { intToBigInt, isInt, newInt } from '../objects/int';
import { newCode } from '../objects/code';
import { argSpec, parseArgs } from '../objects/args';
import { isBytes, bytesValue } from '../objects/bytes';
import { newModule, moduleDict } from '../objects/module';
import { defineModule, ModuleDef } from './registry';
import { builtinFunctions } from './builtin_funcs';
import { flushFd, isStdStream, readLineFd0, writeFd } from './stdio';
import { ts } from '../vm/thread_state';
import { runCode, buildClassNative } from '../vm/functions';
import { importName, setDefaultImport } from '../vm/import';
import { compileSource, CompileMode } from '../compiler/compile';
import { compileAst } from '../compiler/codegen';
import type { Mod } from '../compiler/ast';
import { isPyAst, parseToPy, pyAstToJs } from './ast';
import { syntaxErrorToPy } from '../vm/errors';
import { frameLocals, frameObjectFor } from '../vm/traceback';
import { releaseGilAround } from '../gil/blocking';
import { ioOpen } from './io';

const printArgs = argSpec('print', ['sep', 'end', 'file', 'flush'], { kwOnly: 4, varargs: true });

const print: NativeFn = (_self, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let sep = ' ', end = '\n';
  let file = 0, flush = false;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[npos + i];
    switch (k) {
      case 'sep':
        if (v !== S.None) {
          if (!isStr(v)) throw raise(T.TypeError, `sep must be None or a string, not ${typeNameOfObj(v)}`);
          sep = strValue(v);
        }
        break;
      case 'end':
        if (v !== S.None) {
          if (!isStr(v)) throw raise(T.TypeError, `end must be None or a string, not ${typeNameOfObj(v)}`);
          end = strValue(v);
        }
        break;
      case 'file':
        if (v !== S.None) file = v;
        break;
      case 'flush':
        flush = isTrue(v);
        break;
      default:
        throw raise(T.TypeError, `'${k}' is an invalid keyword argument for print()`);
    }
  }
  void printArgs;
  if (file === 0) {
    file = dictGetStr(moduleDict(S.sysModule), intern('stdout'));
    if (file === 0 || file === S.None) return S.None;
  }
  let text = '';
  for (let i = 0; i < npos; i++) {
    if (i > 0) text += sep;
    text += strJs(args[i]);
  }
  text += end;
  if (isStdStream(file)) {
    const fd = I32[file + NativeDataObj.Id];
    writeFd(fd, text);
    if (flush) flushFd(fd);
    return S.None;
  }
  const s = newStr(text);
  try {
    decref(callMethod(file, 'write', [s]));
  } finally {
    decref(s);
  }
  if (flush) decref(callMethod(file, 'flush', []));
  return S.None;
};

const input: NativeFn = (_self, args) => {
  if (args.length > 1) throw raise(T.TypeError, `input expected at most 1 argument, got ${args.length}`);
  const stdout = dictGetStr(moduleDict(S.sysModule), intern('stdout'));
  if (args.length === 1) {
    const prompt = strJs(args[0]);
    if (isStdStream(stdout)) {
      writeFd(1, prompt);
      flushFd(1);
    } else {
      const p = newStr(prompt);
      decref(callMethod(stdout, 'write', [p]));
      decref(p);
    }
  }
  const stdin = dictGetStr(moduleDict(S.sysModule), intern('stdin'));
  let line: string;
  if (isStdStream(stdin)) line = releaseGilAround(() => readLineFd0());
  else line = strJs(callMethod(stdin, 'readline', []));
  if (line === '') throw raise(T.EOFError, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
};

/** globals of the calling Python frame */
function callerGlobals(): Ref {
  const fp = ts.frame;
  return fp === 0 ? moduleDict(S.builtinsModule) : I32[fp + Frame.Globals];
}

/** locals of the calling Python frame. For a function frame this is its frame object's f_locals: one dict per
 * frame, refreshed from the fast locals on each call, so names that exec() stored in it stay visible (as CPython). */
export function callerLocals(): Ref {
  const fp = ts.frame;
  if (fp === 0) return newDict();
  const l = I32[fp + Frame.Locals];
  if (l !== 0) return newref(l);
  const fo = frameObjectFor(fp);
  try {
    return frameLocals(fo);
  } finally {
    decref(fo);
  }
}

function sourceArg(src: Ref, fname: string): string {
  if (isStr(src)) return strValue(src);
  if (isBytes(src)) return Buffer.from(bytesValue(src)).toString('utf8');
  throw raise(T.TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

/** The mode each kind of ast tree compiles in. */
const AST_MODE_KINDS: Record<CompileMode, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive' };

function compileToCode(srcRef: Ref, filename: string, mode: CompileMode, fname: string): Ref {
  if (typeOf(srcRef) === T.code) return newref(srcRef);
  if (isPyAst(srcRef)) {
    const tree = pyAstToJs(srcRef);
    if (tree._type !== AST_MODE_KINDS[mode]) {
      throw raise(T.TypeError, `expected ${AST_MODE_KINDS[mode]} node, got ${tree._type}`);
    }
    try {
      return newCode(compileAst(tree as Mod, { filename, mode }));
    } catch (e) {
      throw syntaxErrorToPy(e);
    }
  }
  let src = sourceArg(srcRef, fname);
  if (mode === 'eval') src = src.replace(/^[ \t]+/, '');
  try {
    return newCode(compileSource(src, filename, mode));
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

function execOrEval(args: Ref[], kwnames: string[] | null, mode: CompileMode, fname: string): Ref {
  const [source, g, l] = parseArgs(argSpec(fname, ['source', 'globals', 'locals'], { required: 1, posOnly: 1 }), args, kwnames);
  let globals = g === 0 || g === S.None ? 0 : g;
  let locals = l === 0 || l === S.None ? 0 : l;
  if (globals !== 0 && !isDict(globals)) {
    throw raise(T.TypeError, `${fname}() globals must be a dict, not ${typeNameOfObj(globals)}`);
  }
  let ownLocals = false;
  if (globals === 0) {
    globals = callerGlobals();
    if (locals === 0) {
      locals = callerLocals();
      ownLocals = true;
    }
  } else if (locals === 0) {
    locals = globals;
  }
  if (dictGetStr(globals, N.__builtins__) === 0) dictSetItem(globals, N.__builtins__, S.builtinsModule);
  let code = 0;
  try {
    code = compileToCode(source, '<string>', mode, fname);
    const r = runCode(code, globals, locals);
    if (mode === 'exec') {
      decref(r);
      return S.None;
    }
    return r;
  } finally {
    if (code !== 0) decref(code);
    if (ownLocals) decref(locals);
  }
}

/** compile()'s flag for "return the syntax tree" (ast.PyCF_ONLY_AST). */
const PyCF_ONLY_AST = 0x400;

const compileArgs = argSpec('compile', ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], { required: 3, posOnly: 0 });

export const builtinsDef: ModuleDef = defineModule('builtins', {
  gilSafe: true, // reviewed for free-threaded mode
  functions: {
    open: ioOpen,
    ...builtinFunctions,
    print,
    input,
    __build_class__: buildClassNative,
    __import__: (_self, args, kwnames) => {
      const [name, globals, , fromlist, level] = parseArgs(
        argSpec('__import__', ['name', 'globals', 'locals', 'fromlist', 'level'], { required: 1, posOnly: 0 }), args, kwnames);
      if (!isStr(name)) throw raise(T.TypeError, `__import__() argument 1 must be str, not ${typeNameOfObj(name)}`);
      const lv = level === 0 ? 0 : level >> 1;
      return importName(strValue(name), globals === 0 || globals === S.None ? 0 : globals, fromlist === 0 ? S.None : fromlist, lv);
    },
    // exit()/quit(), which CPython's site module adds (here plain functions; the code is SystemExit.code)
    exit: (_self, args) => {
      throw new PyErr(newException(T.SystemExit, args.length > 0 && args[0] !== S.None ? [args[0]] : []));
    },
    quit: (_self, args) => {
      throw new PyErr(newException(T.SystemExit, args.length > 0 && args[0] !== S.None ? [args[0]] : []));
    },
    globals: () => newref(callerGlobals()),
    locals: () => callerLocals(),
    vars: (_self, args) => {
      if (args.length === 0) return callerLocals();
      const d = getAttrOrNull(args[0], N.__dict__);
      if (d === 0) throw raise(T.TypeError, 'vars() argument must have __dict__ attribute');
      return d;
    },
    exec: (_self, args, kwnames) => execOrEval(args, kwnames, 'exec', 'exec'),
    eval: (_self, args, kwnames) => execOrEval(args, kwnames, 'eval', 'eval'),
    compile: (_self, args, kwnames) => {
      const [source, filename, mode, flags] = parseArgs(compileArgs, args, kwnames);
      const m = strJs(mode);
      if (m !== 'exec' && m !== 'eval' && m !== 'single') {
        throw raise(T.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
      }
      const fn = isStr(filename) ? strValue(filename) : strJs(filename);
      if (flags !== 0 && isInt(flags) && (Number(intToBigInt(flags)) & PyCF_ONLY_AST) !== 0) {
        if (isPyAst(source)) return newref(source);
        const text = sourceArg(source, 'compile');
        return parseToPy(m === 'eval' ? text.replace(/^[ \t]+/, '') : text, fn, m);
      }
      return compileToCode(source, fn, m, 'compile');
    },
    len: (_self, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `len() takes exactly one argument (${args.length} given)`);
      return newInt(lenOf(args[0]));
    },
    repr: (_self, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `repr() takes exactly one argument (${args.length} given)`);
      return repr(args[0]);
    },
  },
  init(m) {
    const d = moduleDict(m);
    const set = (name: string, v: Ref) => dictSetItem(d, intern(name), v);
    set('None', S.None);
    set('True', S.True);
    set('False', S.False);
    set('Ellipsis', S.Ellipsis);
    set('NotImplemented', S.NotImplemented);
    set('__debug__', S.True);
    for (const [name, ref] of builtinTypeEntries()) set(name, ref);
  },
});

/** The builtin type names visible in builtins, with their type objects. */
function builtinTypeEntries(): Array<[string, Ref]> {
  const names = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list',
    'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'classmethod', 'staticmethod', 'super', 'memoryview',
    'enumerate', 'zip', 'map', 'filter', 'reversed'];
  const out: Array<[string, Ref]> = [];
  for (const n of names) {
    const t = (T as Record<string, number>)[n];
    if (t) out.push([n, t]);
  }
  for (const k of Object.keys(T)) {
    const t = (T as Record<string, number>)[k];
    if (t && /^[A-Z]/.test(k) && k !== 'NoneType' && k !== 'NotImplementedType') out.push([k, t]);
  }
  // old names kept as aliases of OSError
  out.push(['EnvironmentError', T.OSError], ['IOError', T.OSError]);
  return out;
}

/** Make the builtins module (and remember its dict). */
export function createBuiltins(): Ref {
  const m = builtinsDef.create();
  S.builtinsModule = m;
  S.builtinsDict = newref(I32[m + ModuleObj.Dict]); // the registry holds its own reference
  setDefaultImport(dictGetStr(S.builtinsDict, N.__import__));
  return m;
}

export { newModule, frameObjectFor, call, iterNext, getIter, getAttr, hashOf, str, incref, PyErr };
