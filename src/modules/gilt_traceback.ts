// The _gilt_traceback module: what lib/traceback.py needs from the native traceback printer, so both draw
// the same caret lines (lib/traceback.py would otherwise need the ast module to find the anchors).

import { decref, Ref, S } from '../objects/core';
import { isStr, strValue } from '../objects/str';
import { newInt } from '../objects/int';
import { tupleSteal } from '../objects/tuple';
import { PyErr } from '../objects/core';
import { extractAnchors } from '../vm/traceback';
import { defineModule } from './registry';

defineModule('_gilt_traceback', {
  functions: {
    /** caret_anchors(segment): (start, end) character offsets of a binary operator or subscript, or None */
    caret_anchors: (_self, args) => {
      if (args.length !== 1 || !isStr(args[0])) return S.None;
      let a: [number, number] | null;
      try {
        a = extractAnchors(strValue(args[0]));
      } catch (e) {
        // a segment that does not parse has no anchors
        if (e instanceof PyErr) decref(e.exc);
        a = null;
      }
      if (a === null) return S.None;
      return tupleSteal([newInt(a[0]), newInt(a[1])]) as Ref;
    },
  },
});
