// Builds the two bundles gilt runs from (the supervisor and the worker) and the unit tests.
// esbuild inlines `const enum` members, so heap layouts cost nothing at run time.
import { build } from 'esbuild';
import { readdirSync, existsSync, copyFileSync, rmSync } from 'node:fs';

const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning',
  define: { __GILT_FT__: 'false' },
};
// The worker is built twice from the same source: for GIL mode, and for free-threaded mode (-X gil=0), where
// __GILT_FT__ is true (src/build_flags.d.ts). The supervisor picks one at start-up.
const ft = { ...common, define: { __GILT_FT__: 'true' } };
const entries = [
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/gilt.js' }),
  build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
  build({ ...ft, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker-ft.js' }),
];
const unit = existsSync('tests/unit') ? readdirSync('tests/unit').filter((f) => f.endsWith('.test.ts') || f.endsWith('.worker.ts')) : [];
if (unit.length) {
  entries.push(build({ ...common, entryPoints: unit.map((f) => `tests/unit/${f}`), outdir: 'dist/tests' }));
}
await Promise.all(entries);
// the worker starts through a loader that uses V8's code cache (see src/cli/worker_loader.js)
copyFileSync('src/cli/worker_loader.js', 'dist/worker-loader.js');
rmSync('dist/worker.js.cache', { force: true });
rmSync('dist/worker-ft.js.cache', { force: true });
