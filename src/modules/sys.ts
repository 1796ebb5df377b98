// The sys module.

import { gilEnabled, setSwitchInterval, switchInterval } from '../gil/gil';
import { newFloat, toDouble } from '../objects/float';
import { defaultUnraisableHook } from '../vm/unraisable';
import { I32 } from '../heap/heap';
import { ExcObj, HeapHeader, ModuleObj, TypeObj } from '../heap/layout';
import { decref, incref, newref, raise, Ref, S, T, typeOf, PyErr } from '../objects/core';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { newInt, intToSafe, isInt } from '../objects/int';
import { newDict, dictSetItem, dictGetStr } from '../objects/dict';
import { listFrom, newList, listAppend } from '../objects/list';
import { newTuple, tupleInit, tupleSteal } from '../objects/tuple';
import { moduleDict, setModuleAttrSteal, setModuleAttr, setSysLazyAttr } from '../objects/module';
import { newException } from '../objects/exceptions';
import { typeNameOfObj, repr, strJs, call } from '../objects/abstract';
import { defineModule } from './registry';
import { makeStdStream, writeFd, flushAll } from './stdio';
import { ts } from '../vm/thread_state';
import { frameObjectFor, formatException } from '../vm/traceback';
import { Frame } from '../heap/layout';
import { sysState } from './sys_state';

export { VERSION } from './version';
import { VERSION } from './version';
import { makeStructSeqType } from './structseq';

export const sysDef = defineModule('sys', {
  gilSafe: true, // reviewed for free-threaded mode
  functions: {
    exit: (_self, args) => {
      // sys.exit(None) is SystemExit() (no args), as PyErr_SetObject makes it
      const e = newException(T.SystemExit, args.length > 0 && args[0] !== S.None ? [args[0]] : []);
      throw new PyErr(e);
    },
    getrecursionlimit: () => newInt(ts.recursionLimit),
    setrecursionlimit: (_self, args) => {
      const v = args.length === 1 && isInt(args[0]) ? intToSafe(args[0]) : null;
      if (args.length !== 1) throw raise(T.TypeError, `setrecursionlimit() takes exactly one argument (${args.length} given)`);
      if (!isInt(args[0])) throw raise(T.TypeError, "'" + typeNameOfObj(args[0]) + "' object cannot be interpreted as an integer");
      if (v === null || v < 1) throw raise(T.ValueError, 'recursion limit must be greater or equal than 1');
      if (v <= ts.depth) {
        throw raise(T.RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${ts.depth}: the limit is too low`);
      }
      ts.recursionLimit = v;
      return S.None;
    },
    getswitchinterval: () => newFloat(switchInterval(I32)),
    setswitchinterval: (_self, args) => {
      const x = toDouble(args[0]);
      if (!(x > 0)) throw raise(T.ValueError, 'switch interval must be strictly positive');
      setSwitchInterval(I32, x);
      return S.None;
    },
    _is_gil_enabled: () => (gilEnabled(I32) ? S.True : S.False),
    getrefcount: (_self, args) => {
      const r = args[0];
      if ((r & 1) === 1 || I32[r] < 0) return newInt(0x3fffffff);
      return newInt(I32[r] + 1);
    },
    getsizeof: (_self, args) => {
      const r = args[0];
      const t = typeOf(r);
      return newInt(I32[t + TypeObj.BasicWords] * 4);
    },
    intern: (_self, args) => {
      if (!isStr(args[0])) throw raise(T.TypeError, `intern() argument must be str, not ${typeNameOfObj(args[0])}`);
      return newref(intern(strValue(args[0])));
    },
    exc_info: () => {
      const e = ts.excInfo;
      const t = newTuple(3);
      if (e === 0) {
        tupleInit(t, 0, S.None);
        tupleInit(t, 1, S.None);
        tupleInit(t, 2, S.None);
      } else {
        tupleInit(t, 0, newref(typeOf(e)));
        tupleInit(t, 1, newref(e));
        tupleInit(t, 2, newref(I32[e + ExcObj.Traceback] || S.None));
      }
      return t;
    },
    exception: () => newref(ts.excInfo || S.None),
    _getframe: (_self, args) => {
      let depth = args.length > 0 ? args[0] >> 1 : 0;
      let fp = ts.frame;
      while (depth > 0 && fp !== 0) {
        fp = I32[fp + Frame.Back];
        depth--;
      }
      if (fp === 0) throw raise(T.ValueError, 'call stack is not deep enough');
      return frameObjectFor(fp);
    },
    excepthook: (_self, args) => {
      if (args.length !== 3) throw raise(T.TypeError, `excepthook expected 3 arguments, got ${args.length}`);
      // to sys.stderr, which a program may have replaced (nothing when it is None)
      const d = moduleDict(S.sysModule);
      const err = dictGetStr(d, intern('stderr'));
      if (err === 0 || err === dictGetStr(d, intern('__stderr__'))) {
        flushAll();
        writeFd(2, formatException(args[1]));
      } else if (err !== S.None) {
        const text = newStr(formatException(args[1]));
        try {
          decref(abstractMod.callMethod(err, 'write', [text]));
        } finally {
          decref(text);
        }
      }
      return S.None;
    },
    unraisablehook: (_self, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `unraisablehook expected 1 argument, got ${args.length}`);
      defaultUnraisableHook(args[0]);
      return S.None;
    },
    displayhook: (_self, args) => {
      const v = args[0];
      if (v === S.None) return S.None;
      const b = moduleDict(S.builtinsModule);
      dictSetItem(b, intern('_'), S.None);
      const stdout = dictGetStr(moduleDict(S.sysModule), intern('stdout'));
      const text = strJs(repr(v)) + '\n';
      const s = newStr(text);
      const { callMethod } = abstractMod;
      decref(callMethod(stdout, 'write', [s]));
      decref(s);
      dictSetItem(b, intern('_'), v);
      return S.None;
    },
    getdefaultencoding: () => newStr('utf-8'),
    getfilesystemencoding: () => newStr('utf-8'),
    get_int_max_str_digits: () => newInt(4300),
    set_int_max_str_digits: () => S.None,
    // per thread (src/vm/trace.ts); None removes the function
    settrace: (_self, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `settrace() takes exactly one argument (${args.length} given)`);
      ts.setTraceFuncs(args[0] === S.None ? 0 : args[0], ts.profileFunc);
      return S.None;
    },
    setprofile: (_self, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `setprofile() takes exactly one argument (${args.length} given)`);
      ts.setTraceFuncs(ts.traceFunc, args[0] === S.None ? 0 : args[0]);
      return S.None;
    },
    gettrace: () => newref(ts.traceFunc || S.None),
    getprofile: () => newref(ts.profileFunc || S.None),
    is_finalizing: () => S.False,
    audit: () => S.None,
    addaudithook: () => S.None,
    call_tracing: (_self, args) => call(args[0], [], null),
  },
  init(m) {
    const set = (k: string, v: Ref) => setModuleAttrSteal(m, k, v);
    set('argv', listFrom([]));
    set('path', newList(0));
    set('version', newStr(`${VERSION} (gilt) [TypeScript on Node.js ${process.versions.node}]`));
    set('hexversion', newInt(0x030b07f0));
    set('platform', newStr(process.platform === 'win32' ? 'win32' : process.platform));
    set('byteorder', newStr('little'));
    set('maxsize', newIntBig(2n ** 63n - 1n));
    set('maxunicode', newInt(0x10ffff));
    set('executable', newStr(sysState.executable));
    set('prefix', newStr(sysState.prefix));
    set('exec_prefix', newStr(sysState.prefix));
    set('base_prefix', newStr(sysState.prefix));
    set('copyright', newStr('gilt: a Python 3 runtime for Node.js'));
    set('api_version', newInt(1013));
    set('dont_write_bytecode', newref(S.True));
    set('warnoptions', newList(0));
    set('meta_path', newList(0));
    set('path_hooks', newList(0));
    set('path_importer_cache', newDict());
    set('builtin_module_names', tupleSteal(['_ast', '_codecs', '_operator', '_thread', 'builtins', 'gc', 'sys', 'time'].map((n) => newStr(n))));
    set('stdin', makeStdStream(0));
    set('stdout', makeStdStream(1));
    set('stderr', makeStdStream(2));
    setModuleAttr(m, '__stdin__', dictGetStr(moduleDict(m), intern('stdin')));
    setModuleAttr(m, '__stdout__', dictGetStr(moduleDict(m), intern('stdout')));
    setModuleAttr(m, '__stderr__', dictGetStr(moduleDict(m), intern('stderr')));
    setModuleAttr(m, '__excepthook__', dictGetStr(moduleDict(m), intern('excepthook')));
    setModuleAttr(m, '__unraisablehook__', dictGetStr(moduleDict(m), intern('unraisablehook')));
    setModuleAttr(m, '__displayhook__', dictGetStr(moduleDict(m), intern('displayhook')));
    setModuleAttr(m, 'modules', S.modules);
    set('implementation', implementationInfo());
    set('float_repr_style', newStr('short'));
    set('_xoptions', newDict());
    set('orig_argv', newList(0));
  },
});
import * as abstractMod from '../objects/abstract';

import { newBigInt } from '../objects/int';
function newIntBig(b: bigint): Ref {
  return newBigInt(b);
}

const b = (v: boolean) => newref(v ? S.True : S.False);
/** The struct sequences sys makes on first use: field names and values (new references). */
const INFO: Record<string, { fields: string[]; values: () => Ref[] }> = {
  version_info: {
    fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    values: () => [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)],
  },
  float_info: {
    fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    values: () => [newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021),
      newInt(-307), newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)],
  },
  hash_info: {
    fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    values: () => [newInt(64), newIntBig(2n ** 61n - 1n), newInt(314159), newInt(0), newInt(1000003), newStr('siphash13'),
      newInt(64), newInt(128), newInt(0)],
  },
  int_info: {
    fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    values: () => [newInt(30), newInt(4), newInt(4300), newInt(640)],
  },
  flags: {
    fields: ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
      'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
      'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
    values: () => [newInt(0), newInt(0), newInt(0), newInt(0), newInt(1), newInt(0), newInt(0), newInt(0), newInt(0),
      newInt(0), newInt(0), newInt(1), newInt(0), b(false), newInt(1), newInt(0), b(false), newInt(-1)],
  },
};

// version_info, float_info, … are struct sequences made on first use (lib/_structseq.py cannot be imported
// while sys itself is being made)
setSysLazyAttr((m, nameRef) => {
  const name = isStr(nameRef) ? strValue(nameRef) : '';
  const info = Object.prototype.hasOwnProperty.call(INFO, name) ? INFO[name] : undefined;
  if (info === undefined) return 0;
  const cls = makeStructSeqType({ name, module: 'sys', fields: info.fields, nSequence: info.fields.length });
  const t = tupleSteal(info.values());
  let v: Ref;
  try {
    v = call(cls, [t], null);
  } finally {
    decref(t);
    decref(cls);
  }
  dictSetItem(moduleDict(m), intern(name), v);
  return v;
});

function versionInfo(): Ref {
  // a tuple until struct sequences exist: (3, 11, 7, 'final', 0)
  return tupleSteal([newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]);
}

function implementationInfo(): Ref {
  // types.SimpleNamespace-like: a module object carries the attributes
  const { newModule } = moduleMod;
  const ns = newModule('implementation');
  setModuleAttrSteal(ns, 'name', newStr('gilt'));
  setModuleAttrSteal(ns, 'cache_tag', S.None);
  setModuleAttrSteal(ns, 'version', versionInfo());
  setModuleAttrSteal(ns, 'hexversion', newInt(0x030b07f0));
  return ns;
}
import * as moduleMod from '../objects/module';

export { incref, HeapHeader, ModuleObj, listAppend };
