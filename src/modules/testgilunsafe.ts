// _testgilunsafe: a native module for tests (like CPython's _testsinglephase) that does NOT declare itself safe
// without the GIL. Importing it in free-threaded mode turns the GIL on for the rest of the run, with a
// RuntimeWarning (src/vm/free_threading.ts), as importing such an extension does in CPython 3.13t.

import { S } from '../objects/core';
import { defineModule } from './registry';

export const testGilUnsafeModule = defineModule('_testgilunsafe', {
  functions: {
    ping: () => S.None,
  },
});
