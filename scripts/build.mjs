// Builds the two bundles gilt runs from (the supervisor and the worker) and the unit tests.
// esbuild inlines `const enum` members, so heap layouts cost nothing at run time.
import { build } from 'esbuild';
import { readdirSync, existsSync, copyFileSync, rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning' };
const entries = [
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/gilt.js' }),
  build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' }),
];
const unit = existsSync('tests/unit') ? readdirSync('tests/unit').filter((f) => f.endsWith('.test.ts') || f.endsWith('.worker.ts')) : [];
if (unit.length) {
  entries.push(build({ ...common, entryPoints: unit.map((f) => `tests/unit/${f}`), outdir: 'dist/tests' }));
}
await Promise.all(entries);
// the worker starts through a loader that uses V8's code cache (see src/cli/worker_loader.js)
copyFileSync('src/cli/worker_loader.js', 'dist/worker-loader.js');
rmSync('dist/worker.js.cache', { force: true });
