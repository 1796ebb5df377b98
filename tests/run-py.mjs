#!/usr/bin/env node
// Differential test runner: runs every tests/py/**/*.py under gilt and compares
// what it prints with CPython 3.11's output, cached as a .exp file beside the test.
//
//   node tests/run-py.mjs [filters…] [-j N] [-v]     run (filters are path substrings)
//   node tests/run-py.mjs --regen [paths…]           write missing .exp files with python3
//   node tests/run-py.mjs --regen --all [paths…]     rewrite them all (or the filtered ones)
//   node tests/run-py.mjs --update-xfail [filters…]  make tests/xfail.txt the failing set
//   node tests/run-py.mjs --interp python3           run the suite with another command
//
// See tests/README.md for the .exp format and the xfail policy.

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const testsRoot = path.join(repoRoot, "tests", "py");
const xfailFile = path.join(repoRoot, "tests", "xfail.txt");
const heapcheckFile = path.join(repoRoot, "tests", "heapcheck.txt");

const DEFAULT_TIMEOUT_S = 10;
const THREAD_TIMEOUT_S = 40;
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024; // a runaway test is killed past this
const DIFF_LINES = 8; // lines of each side shown per failure

// Lines the .exp format reserves; a test's own output must never contain them.
const STDERR_MARK = "--- stderr ---";
const EXIT_MARK = (code) => `--- exit ${code} ---`;
const NO_EOL_MARK = "\\ no newline at end of section";
const isReservedLine = (line) =>
  line === STDERR_MARK || /^--- exit -?\d+ ---$/.test(line) || /^--- (killed|signal) /.test(line) ||
  line === NO_EOL_MARK;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { filters: [], jobs: null, regen: false, all: false, updateXfail: false, verbose: false, interp: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-j" || a === "--jobs") opts.jobs = Number(argv[++i]);
    else if (/^-j\d+$/.test(a)) opts.jobs = Number(a.slice(2));
    else if (a === "--regen") opts.regen = true;
    else if (a === "--all") opts.all = true;
    else if (a === "--update-xfail") opts.updateXfail = true;
    else if (a === "--strict-xfail") opts.strictXfail = true;
    else if (a === "-v" || a === "--verbose") opts.verbose = true;
    else if (a === "--interp") opts.interp = argv[++i];
    else if (a === "-h" || a === "--help") {
      const header = fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 11);
      console.log(header.map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    } else if (a.startsWith("-")) {
      console.error(`run-py: unknown option ${a}`);
      process.exit(2);
    } else opts.filters.push(a);
  }
  if (opts.jobs !== null && !(opts.jobs >= 1)) {
    console.error("run-py: -j needs a positive number");
    process.exit(2);
  }
  return opts;
}

// ---------------------------------------------------------------- discovery

// Helper modules that tests import are not tests: `_name.py`, and anything
// inside a `_support` folder or a folder whose name starts with `pkg`.
function isHelperDir(name) {
  return name === "_support" || name.startsWith("pkg") || name === "__pycache__" || name.startsWith(".");
}

function findTests(dir, out = []) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!isHelperDir(e.name)) findTests(full, out);
    } else if (e.name.endsWith(".py") && !e.name.startsWith("_")) {
      out.push(path.relative(repoRoot, full).split(path.sep).join("/"));
    }
  }
  return out;
}

// Accepts "tests/py/str/x.py", "str/x.py" or "./tests/py/str/" and returns the repo-relative form.
function normalizeListedPath(p) {
  let s = p.trim().replace(/^\.\//, "");
  if (!s.startsWith("tests/")) s = "tests/py/" + s;
  return s;
}

// Header directives live in the first comment lines: `# timeout: 30`, `# regen: manual`, and
// `# flags: -X gilstats=quiet` (options gilt gets before the test's path; not given to --interp commands).
// Tests under py/free_threading/ get `-X gil=0` before their flags.
function readDirectives(relPath) {
  const text = fs.readFileSync(path.join(repoRoot, relPath), "utf8");
  const directives = {};
  for (const line of text.split("\n").slice(0, 10)) {
    const m = /^#\s*(timeout|regen|skip|flags)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) directives[m[1]] = m[2];
  }
  return directives;
}

function readList(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map(normalizeListedPath);
}

// ---------------------------------------------------------------- running one program

function runProgram(argv, relPath, { timeoutS, env }) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], [...argv.slice(1), relPath], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"], // "ignore" is /dev/null: stdin is closed
      detached: true, // own process group, so a timeout kills wrappers and their children too
    });
    const out = [], err = [];
    let size = 0, killedFor = null;
    const kill = (why) => {
      if (killedFor) return;
      killedFor = why;
      try { process.kill(-child.pid, "SIGKILL"); } catch { child.kill("SIGKILL"); }
    };
    const collect = (chunks) => (buf) => {
      chunks.push(buf);
      size += buf.length;
      if (size > MAX_OUTPUT_BYTES) kill(`output over ${MAX_OUTPUT_BYTES} bytes`);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    const timer = setTimeout(() => kill(`timeout after ${timeoutS} s`), timeoutS * 1000);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ stdout: "", stderr: `run-py: cannot start ${argv[0]}: ${e.message}\n`, code: 127, killedFor: null });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code ?? 128,
        signal,
        killedFor,
      });
    });
  });
}

// CPython prints the absolute path of the main script in tracebacks; the repo can live
// anywhere, so both sides have the repo root stripped before they are compared.
const rootPrefixes = [...new Set([repoRoot, fs.realpathSync(repoRoot)])].map((r) => r + "/");
function stripRoot(text) {
  for (const prefix of rootPrefixes) text = text.split(prefix).join("");
  return text;
}

// The .exp text: exactly the stdout; then, if stderr is non-empty, a line
// "--- stderr ---" and the stderr; then, if the exit code is not 0, "--- exit N ---".
// A section that has something after it but lacks a final newline gets one, followed
// by the line "\ no newline at end of section" (as diff does), so the format stays
// unambiguous.
function formatResult(r) {
  const parts = [];
  const section = (text, more) => {
    if (text === "") return;
    parts.push(text);
    if (more && !text.endsWith("\n")) parts.push("\n" + NO_EOL_MARK + "\n");
  };
  const stdout = stripRoot(r.stdout), stderr = stripRoot(r.stderr);
  const exitLine = r.killedFor ? `--- killed: ${r.killedFor} ---`
    : r.signal ? `--- signal ${r.signal} ---` : r.code !== 0 ? EXIT_MARK(r.code) : null;
  section(stdout, stderr !== "" || exitLine !== null);
  if (stderr !== "") {
    parts.push(STDERR_MARK + "\n");
    section(stderr, exitLine !== null);
  }
  if (exitLine) parts.push(exitLine + "\n");
  return parts.join("");
}

// ---------------------------------------------------------------- diffs

// A short unified-ish diff: the common head and tail are cut, and up to DIFF_LINES
// lines of each side of the differing middle are shown, with one line of context.
function shortDiff(expected, actual) {
  const a = expected.split("\n"), b = actual.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lines = [`    @@ line ${head + 1} @@`];
  if (head > 0) lines.push("     " + a[head - 1]);
  const show = (side, sign) => {
    const mid = side.slice(head, side.length - tail);
    for (const l of mid.slice(0, DIFF_LINES)) lines.push(`    ${sign}${l}`);
    if (mid.length > DIFF_LINES) lines.push(`    ${sign}… ${mid.length - DIFF_LINES} more line(s)`);
  };
  show(a, "-");
  show(b, "+");
  return lines.join("\n");
}

// ---------------------------------------------------------------- a small worker pool

async function pool(items, jobs, work) {
  let next = 0;
  const runners = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  });
  await Promise.all(runners);
}

// ---------------------------------------------------------------- modes

function selectTests(filters) {
  const all = fs.existsSync(testsRoot) ? findTests(testsRoot) : [];
  if (filters.length === 0) return all;
  return all.filter((t) => filters.some((f) => t.includes(f.replace(/^\.\//, ""))));
}

function childEnv(extra) {
  const env = { ...process.env };
  delete env.GILT_HEAPCHECK; // only the tests listed in heapcheck.txt get it
  return Object.assign(env, extra);
}

async function regen(opts) {
  const tests = selectTests(opts.filters);
  const todo = [], manual = [];
  for (const t of tests) {
    const d = readDirectives(t);
    if (d.regen === "manual") { manual.push(t); continue; }
    const exp = t.replace(/\.py$/, ".exp");
    if (opts.all || opts.filters.length > 0 || !fs.existsSync(path.join(repoRoot, exp))) todo.push(t);
  }
  // python3 is a slow-starting wrapper but mostly waits: a few at once use 2 cores well.
  const jobs = opts.jobs ?? 4;
  // A fixed, UTF-8 environment, so the cached output does not depend on who regenerated it.
  const env = childEnv({ PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", PYTHONUTF8: "1" });
  delete env.PYTHONPATH;
  delete env.PYTHONSTARTUP;
  let written = 0, problems = 0;
  await pool(todo, jobs, async (t) => {
    const timeoutS = Number(readDirectives(t).timeout) || DEFAULT_TIMEOUT_S;
    const r = await runProgram(["python3"], t, { timeoutS, env });
    const bad = [...stripRoot(r.stdout).split("\n"), ...stripRoot(r.stderr).split("\n")].find(isReservedLine);
    if (r.killedFor || r.signal || bad !== undefined) {
      problems++;
      console.log(`PROBLEM ${t}: ${r.killedFor ?? r.signal ?? `output contains the reserved line ${JSON.stringify(bad)}`}`);
      return;
    }
    fs.writeFileSync(path.join(repoRoot, t.replace(/\.py$/, ".exp")), formatResult(r));
    written++;
    if (opts.verbose) console.log(`wrote ${t.replace(/\.py$/, ".exp")}`);
  });
  if (manual.length) console.log(`${manual.length} test(s) keep a hand-checked .exp (# regen: manual)`);
  console.log(`regen: ${written} .exp file(s) written, ${problems} problem(s), ${tests.length - todo.length - manual.length} up to date`);
  process.exit(problems ? 1 : 0);
}

async function run(opts) {
  const tests = selectTests(opts.filters);
  const xfail = new Set(readList(xfailFile));
  const heapcheck = readList(heapcheckFile);
  const wantsHeapcheck = (t) => heapcheck.some((p) => t === p || t.startsWith(p.endsWith("/") ? p : p + "/"));
  const argv = opts.interp ? opts.interp.split(/\s+/).filter(Boolean) : ["node", "bin/gilt"];
  const jobs = opts.jobs ?? 2;

  const results = new Map(); // test → "pass" | "fail" | "xfail" | "xpass" | "skip"
  const started = Date.now();
  await pool(tests, jobs, async (t) => {
    const d = readDirectives(t);
    const expPath = path.join(repoRoot, t.replace(/\.py$/, ".exp"));
    if (d.skip !== undefined || !fs.existsSync(expPath)) {
      results.set(t, "skip");
      if (opts.verbose) console.log(`SKIP ${t}: ${d.skip ?? "no .exp (run --regen)"}`);
      return;
    }
    const env = childEnv(wantsHeapcheck(t) ? { GILT_HEAPCHECK: "1" } : {});
    // thread programs start workers and wait on each other: on a loaded machine they need more time
    const timeoutS = Number(d.timeout) || (/\/(thread|free_threading)\//.test(t) ? THREAD_TIMEOUT_S : DEFAULT_TIMEOUT_S);
    const flags = opts.interp ? [] : [...(t.includes("/free_threading/") ? ["-X", "gil=0"] : []), ...(d.flags ?? "").split(/\s+/).filter(Boolean)];
    const r = await runProgram([...argv, ...flags], t, { timeoutS, env });
    const expected = fs.readFileSync(expPath, "utf8");
    const actual = formatResult(r);
    const passed = actual === expected;
    if (xfail.has(t)) {
      results.set(t, passed ? "xpass" : "xfail");
      if (passed) console.log(`XPASS ${t} — passes now: remove it from tests/xfail.txt`);
      else if (opts.verbose) console.log(`xfail ${t}`);
    } else {
      results.set(t, passed ? "pass" : "fail");
      if (!passed) console.log(`FAIL ${t}${r.killedFor ? ` (${r.killedFor})` : ""}\n${shortDiff(expected, actual)}`);
      else if (opts.verbose) console.log(`ok   ${t}`);
    }
  });

  const count = (k) => [...results.values()].filter((v) => v === k).length;
  const passed = count("pass"), xfailed = count("xfail"), xpassed = count("xpass"), skipped = count("skip");
  // An XPASS means tests/xfail.txt should shrink. It fails the run only with --strict-xfail: a test can time
  // out on a loaded machine when the list is made and then pass on a quiet one.
  const failed = count("fail") + (opts.strictXfail ? xpassed : 0);

  for (const stale of [...xfail].filter((t) => !tests.includes(t) && opts.filters.length === 0)) {
    console.log(`note: tests/xfail.txt lists ${stale}, which is not a test`);
  }
  if (opts.updateXfail) updateXfail(tests, results, opts.filters.length > 0);
  // After --update-xfail the failures are listed, so only an XPASS could still fail the run.
  const exitFailed = opts.updateXfail ? 0 : failed;

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${xfailed} xfail (known failures listed in tests/xfail.txt), ${xpassed} xpass; ${secs} s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(exitFailed > 0 ? 1 : 0);
}

// Rewrites tests/xfail.txt to exactly the failing tests among those run; entries for
// tests that were not run (filtered out) are kept, and so is the leading comment block.
function updateXfail(tests, results, filtered) {
  const old = fs.existsSync(xfailFile) ? fs.readFileSync(xfailFile, "utf8").split("\n") : [];
  const header = [];
  for (const line of old) {
    if (line.startsWith("#") || line.trim() === "") header.push(line);
    else break;
  }
  while (header.length && header[header.length - 1].trim() === "") header.pop();
  if (header.length === 0) header.push("# Tests known not to pass yet (see tests/README.md). This list may only shrink.");
  const ran = new Set(tests);
  const keep = filtered ? readList(xfailFile).filter((t) => !ran.has(t)) : [];
  const failing = tests.filter((t) => ["fail", "xfail"].includes(results.get(t)));
  const entries = [...new Set([...keep, ...failing])].sort();
  fs.writeFileSync(xfailFile, [...header, ...entries].join("\n") + "\n");
  console.log(`tests/xfail.txt now lists ${entries.length} test(s)`);
}

const opts = parseArgs(process.argv.slice(2));
if (opts.regen) await regen(opts);
else await run(opts);
