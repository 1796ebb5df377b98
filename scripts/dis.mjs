// Build and run tools/dis.ts (see there).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
await build({ entryPoints: ['tools/dis.ts'], bundle: true, platform: 'node', outfile: 'dist/dis.js', format: 'cjs', logLevel: 'error' });
execFileSync(process.execPath, ['dist/dis.js', ...process.argv.slice(2)], { stdio: 'inherit' });
