// Operations the eval loop delegates to other parts of the VM. They are installed at load time by the files
// that implement them (functions.ts, generators.ts, import.ts, …); keeping them behind this one table keeps
// eval.ts free of import cycles and shows in one place everything the loop needs from outside.

import { raise, Ref, T } from '../objects/core';
import { ThreadState } from './thread_state';
import { CodeInfo } from '../objects/code';

function missing(what: string): never {
  throw raise(T.SystemError, `gilt: ${what} is not implemented yet`);
}

export const vmHooks = {
  debug: false,
  /** an exception to raise as soon as runFrame starts (generator.throw) */
  pendingThrow: 0 as Ref,
  /** set by send() when the sub-iterator returned instead of yielding */
  sendReturned: false,

  nameError: (name: string): ReturnType<typeof raise> => raise(T.NameError, `name '${name}' is not defined`),
  internalError: (e: unknown): Ref => {
    throw e;
  },
  addTraceback: (_exc: Ref, _fp: number, _info: CodeInfo, _ip: number): void => {},
  chainContext: (_exc: Ref): void => {},
  excTraceback: (_exc: Ref): Ref => 0,
  makeRaise: (_exc: Ref, _cause: Ref): Ref => missing('raise'),
  excMatch: (_exc: Ref, _type: Ref): boolean => missing('except'),
  egMatch: (_eg: Ref, _type: Ref): [Ref, Ref] => missing('except*'),
  makeFunction: (_code: Ref, _globals: Ref, _builtins: Ref, _defaults: Ref, _kwdefaults: Ref, _annotations: Ref,
    _closure: Ref): Ref => missing('functions'),
  buildClass: (): Ref => missing('classes'),
  callEx: (_callable: Ref, _self: Ref, _args: Ref, _kwargs: Ref): Ref => missing('f(*args, **kwargs)'),
  newSlice: (_a: Ref, _b: Ref, _c: Ref): Ref => missing('slices'),
  newSet: (): Ref => missing('sets'),
  setAdd: (_s: Ref, _v: Ref): void => missing('sets'),
  listExtend: (_l: Ref, _it: Ref): void => missing('list.extend'),
  dictMerge: (_d: Ref, _src: Ref, _strict: boolean, _callable: Ref): void => missing('dict merge'),
  format: (_v: Ref, _spec: Ref): Ref => missing('format'),
  ascii: (_v: Ref): Ref => missing('ascii'),
  specialMethod: (_obj: Ref, _name: Ref, _protocol: string, _exit?: boolean): Ref => missing('with'),
  importName: (_name: Ref, _globals: Ref, _locals: Ref, _fromlist: Ref, _level: Ref): Ref => missing('import'),
  importFrom: (_m: Ref, _name: Ref): Ref => missing('import'),
  importStar: (_m: Ref, _into: Ref): void => missing('import *'),
  yieldFromIter: (_v: Ref, _codeFlags: number): Ref => missing('yield from'),
  send: (_it: Ref, _v: Ref): Ref => missing('yield from'),
  setYieldFrom: (_fp: number, _it: Ref): void => {},
  getAwaitable: (_v: Ref, _where: number): Ref => missing('await'),
  getAiter: (_v: Ref): Ref => missing('async for'),
  getAnext: (_v: Ref): Ref => missing('async for'),
  asyncGenWrap: (_v: Ref): Ref => missing('async generators'),
  displayHook: (_v: Ref): void => missing('the REPL'),
  matchKind: (_v: Ref, _kind: 'mapping' | 'sequence'): boolean => missing('match'),
  matchKeys: (_subject: Ref, _keys: Ref): Ref => missing('match'),
  matchClass: (_subject: Ref, _cls: Ref, _npos: number, _kwnames: Ref): Ref => missing('match'),
  copyDictWithoutKeys: (_subject: Ref, _keys: Ref): Ref => missing('match'),
  collectGarbage: (): void => {},
  frameObjectFor: (_fp: number): Ref => missing('frame objects'),
  unraisable: (_exc: Ref, _msg: string): void => {},
  wrapInGroup: (_e: Ref): Ref => missing('except* on a naked exception'),
  handleSignals: (_t: ThreadState): void => {},
  dropGil: (_t: ThreadState): void => {},
  /** free-threaded: another worker stops the world (src/gil/ft.ts) */
  pauseForStop: (_t: ThreadState): void => {},
  /** free-threaded: pause every other worker; undo with startTheWorld (src/gil/ft.ts) */
  stopTheWorld: (): void => {},
};
