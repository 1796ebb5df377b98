// _gilt_traceback: what lib/traceback.py borrows from the native traceback printer (src/vm/traceback.ts), so
// both draw the same ~~^^ markers under a failing expression; and the printer itself for threading.excepthook
// (as CPython's is native: importing lib/traceback.py on a carrier whose JIT is cold took ~0.6 s).

import { Ref, S, raise, T } from '../objects/core';
import { isStr, newStr, strValue } from '../objects/str';
import { isInstanceOfType } from '../objects/abstract';
import { newInt } from '../objects/int';
import { newTuple, tupleInit } from '../objects/tuple';
import { extractAnchors, formatException } from '../vm/traceback';
import { defineModule } from './registry';

export const giltTracebackDef = defineModule('_gilt_traceback', {
  gilSafe: true, // no state
  functions: {
    // caret_anchors(segment): for a binary operation or a subscript, the (start, end) character offsets of
    // its operator or [...] part within the segment; None for anything else
    caret_anchors: (_m, args): Ref => {
      if (args.length !== 1 || !isStr(args[0])) throw raise(T.TypeError, 'caret_anchors() takes one str');
      let anchors: [number, number] | null;
      try {
        anchors = extractAnchors(strValue(args[0]));
      } catch {
        anchors = null; // not a whole expression
      }
      if (anchors === null) return S.None;
      const t = newTuple(2);
      tupleInit(t, 0, newInt(anchors[0]));
      tupleInit(t, 1, newInt(anchors[1]));
      return t;
    },
    // format_exception(exc): the whole report (traceback, chained exceptions, notes) as an uncaught one prints
    format_exception: (_m, args): Ref => {
      if (args.length !== 1 || !isInstanceOfType(args[0], T.BaseException)) {
        throw raise(T.TypeError, 'format_exception() takes one exception');
      }
      return newStr(formatException(args[0]));
    },
  },
});
