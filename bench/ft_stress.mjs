// Free-threaded stress: runs tests/py/free_threading/stress_mixed.py (16 threads mixing list, dict, set,
// attribute and global operations on shared objects for ~1.5 s) N times without the GIL under the heap
// checker, and counts the runs that crashed, hung (over 60 s), printed something else than the expected
// output, or that the heap checker flagged.
//
//   node bench/ft_stress.mjs [--runs N] [--write] [--unsafe]
//
// --unsafe adds -X unsafe_refcounts (no atomic refcounts, no container locks): the damage the races do
// then shows in the failures and the heap checker's report. --write records the summary in bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 20, write = false, unsafe = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--write') write = true;
  else if (args[i] === '--unsafe') unsafe = true;
}
const prog = 'tests/py/free_threading/stress_mixed.py';
const expected = readFileSync(join(root, prog.replace(/\.py$/, '.exp')), 'utf8');
const tally = { ok: 0, crashed: 0, hung: 0, wrong: 0, heap: 0 };
const t0 = Date.now();
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'gilt'), '-X', 'gil=0', ...(unsafe ? ['-X', 'unsafe_refcounts'] : []), prog], {
    cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GILT_HEAPCHECK: '1' },
  });
  let verdict;
  if (r.error && r.error.code === 'ETIMEDOUT') verdict = 'hung';
  else if (r.status !== 0) verdict = 'crashed';
  else if (r.stderr.includes('heapcheck:')) verdict = 'heap';
  else if (r.stdout !== expected) verdict = 'wrong';
  else verdict = 'ok';
  tally[verdict]++;
  console.log(`run ${i + 1}: ${verdict}${verdict === 'ok' ? '' : `\n${r.stdout}${(r.stderr ?? '').split('\n').slice(0, 8).join('\n')}`}`);
}
const secs = ((Date.now() - t0) / 1000).toFixed(0);
const line = `${runs} runs of ${prog} with -X gil=0${unsafe ? ' -X unsafe_refcounts' : ''} under GILT_HEAPCHECK=1: ` +
  `${tally.ok} clean, ${tally.crashed} crashed, ${tally.hung} hung, ${tally.wrong} wrong output, ${tally.heap} flagged by the heap checker (${secs} s, load average ${os.loadavg()[0].toFixed(1)})`;
console.log(line);
if (write) {
  const file = join(root, 'bench', 'RESULTS.md');
  const tag = unsafe ? 'ft-stress-unsafe' : 'ft-stress';
  const begin = `<!-- ${tag}:begin -->`, end = `<!-- ${tag}:end -->`;
  let text = readFileSync(file, 'utf8');
  if (!text.includes(begin)) text += `\n## Free-threaded stress${unsafe ? ' with -X unsafe_refcounts' : ''} (bench/ft_stress.mjs)\n\n${begin}\n${end}\n`;
  const body = `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/ft_stress.mjs --write${unsafe ? ' --unsafe' : ''}\`:\n\n${line}`;
  text = text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${body}\n${end}`);
  writeFileSync(file, text);
}
process.exitCode = tally.ok === runs || unsafe ? 0 : 1;
