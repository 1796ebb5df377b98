// Starts a worker from the bundled dist/worker.js (or dist/worker-ft.js, workerData.bundle) through V8's code cache. Compiling the ~1 MB bundle is most of
// a worker's start-up (DESIGN §5); with the cache (written next to the bundle on first use, atomically, and
// rejected by V8 if it does not match) later workers and later runs skip most of that work.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const { workerData } = require('node:worker_threads');
const file = path.join(__dirname, (workerData && workerData.bundle) || 'worker.js');
const cacheFile = `${file}.cache`;
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const script = new vm.Script(wrapped, { filename: file, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  try {
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // a read-only install still works, just without the cache
  }
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, file, __dirname);
