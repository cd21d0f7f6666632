// Benchmark (`npm run bench`, after a build): a generated survey of 200,000 responses, timed four ways
// in one run: (a) csv-parse alone reading the file, (b) `reflect analyze` end to end as a child process
// with its peak memory, (c) tagging alone (loadCodebook + compileCodebook + tagResponses), and (d) the
// floor: csv-parse plus the least any tagger does, splitting every answer into words and looking them up
// (floor.mjs), to show how much of the target's b/a budget is left for everything else.
// Options: --sheets N (default 50000), --questions N (default 4), --keep (keep the temp folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { runFloor } from './floor.mjs';
import { generateSurvey } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const sheets = option('--sheets', 50000);
const questions = option('--questions', 4);

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n, ms) => `${Math.round(n / (ms / 1000)).toLocaleString('en-US')} responses/s`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'reflect-bench-'));
const input = path.join(dir, 'survey');
const out = path.join(dir, 'out');
mkdirSync(input);
const { csv, answers } = generateSurvey({ sheets, questions });
const file = path.join(input, 'survey.csv');
writeFileSync(file, csv);
const responses = answers.length;
const words = answers.reduce((n, a) => n + a.split(' ').length, 0);

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()}`);
console.log(`input:   ${sheets.toLocaleString('en-US')} sheets × ${questions} questions = ${responses.toLocaleString('en-US')} responses, ${words.toLocaleString('en-US')} words, ${(csv.length / 2 ** 20).toFixed(1)} MB`);

// (a) csv-parse alone
let t0 = performance.now();
const records = parse(readFileSync(file), { bom: true });
const parseMs = performance.now() - t0;
console.log(`(a) csv-parse alone:      ${fmt(parseMs)}  (${records.length - 1} rows)`);

// (d) the floor: csv-parse, then every word of every answer looked up in the codebook's plain words
const dist = path.join(root, 'dist');
const { loadCodebook } = await import(path.join(dist, 'codebook/load.js'));
const plainWords = new Set();
for (const theme of (await loadCodebook()).themes) {
  for (const pattern of theme.patterns) if (pattern.kind === 'word') plainWords.add(pattern.value.toLowerCase());
}
const floor = runFloor(file, plainWords, path.join(dir, 'floor.csv'));
console.log(`(d) floor:                ${fmt(floor.ms)}  (csv-parse, split into words, ${plainWords.size} words looked up; ${floor.hits.toLocaleString('en-US')} hits)`);

// (c) tagging alone, in this process (best of three, after the first warms the lemma cache)
const { compileCodebook } = await import(path.join(dist, 'codebook/compile.js'));
const { tagResponses } = await import(path.join(dist, 'analyses/tagging.js'));
const list = answers.map((text, i) => ({ id: `r${i}`, sourceId: 'survey.csv', locator: '', participantId: '', text }));
const tagTimes = [];
let codings = [];
for (let run = 0; run < 3; run++) {
  codings = [];
  t0 = performance.now();
  const compiled = compileCodebook(await loadCodebook(), { expansions: true, matcher: 'lemma' });
  codings = tagResponses(list, compiled);
  tagTimes.push(performance.now() - t0);
}
const tagMs = Math.min(...tagTimes);
const evidence = codings.reduce((n, c) => n + c.evidence.length, 0);
console.log(`(c) tagging alone:        ${fmt(tagMs)}  (${rate(responses, tagMs)}; runs ${tagTimes.map(fmt).join(', ')}; ${codings.length.toLocaleString('en-US')} codings, ${evidence.toLocaleString('en-US')} evidence)`);
codings = [];

// (b) reflect analyze end to end, as a child process, with its peak memory
const cli = path.join(root, 'bin/reflect.js');
const analyze = [cli, 'analyze', input, '--out', out, '--force', '--timings'];
const hasTime = existsSync('/usr/bin/time');
t0 = performance.now();
const child = hasTime
  ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...analyze], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 })
  : spawnSync(process.execPath, ['--input-type=module', '-e', rssWrapper(analyze)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
const analyzeMs = performance.now() - t0;
let rssMb;
if (child.status !== 0) {
  console.log(`(b) reflect analyze:      failed (exit ${child.status}):\n${child.stderr.split('\n').slice(-8).join('\n')}`);
} else {
  // Peak resident memory of the reflect process itself (KiB from /usr/bin/time, or maxRSS from the wrapper).
  const lastLine = child.stderr.trim().split('\n').pop() ?? '';
  rssMb = (hasTime ? Number(lastLine) : Number(lastLine.replace(/^maxrss:/, ''))) / 1024;
  console.log(`(b) reflect analyze:      ${fmt(analyzeMs)}  (${rate(responses, analyzeMs)}; peak RSS ${Math.round(rssMb)} MB)`);
}
// reflect's own account of (b), step by step (`analyze --timings`): where the time goes
const steps = Object.fromEntries(
  [...(/^timings: (.*);/m.exec(child.stderr ?? '')?.[1] ?? '').matchAll(/([\w-]+) (\d+\.\d+) s/g)].map((m) => [m[1], Number(m[2]) * 1000]),
);
if (steps.read !== undefined) console.log(`(b) by step:              ${Object.entries(steps).map(([name, ms]) => `${name} ${fmt(ms)}`).join(', ')}`);
console.log(`ratio c/a:                ${(tagMs / parseMs).toFixed(2)}×`);

// The summary block: what the issue's targets are measured on.
const MAX_RATIO = 2.5;
const MAX_RSS_MB = 400;
const ratio = analyzeMs / parseMs;
const met = (ok) => (ok ? 'met' : 'NOT met');
const cpus = os.cpus();
console.log('');
console.log('── result ─────────────────────────────────────────────');
console.log(`machine:          ${cpus.length} cores, ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, node ${process.version}`);
console.log(`responses:        ${responses.toLocaleString('en-US')}`);
console.log(`(a) csv-parse:    ${(parseMs / 1000).toFixed(2)} s`);
if (child.status === 0) {
  console.log(`(b) reflect:      ${(analyzeMs / 1000).toFixed(2)} s (${rate(responses, analyzeMs)})`);
  console.log(`ratio b/a:        ${ratio.toFixed(2)}×  (target ≤ ${MAX_RATIO}×: ${met(ratio <= MAX_RATIO)})`);
  console.log(`peak RSS:         ${Math.round(rssMb)} MB (${hasTime ? '/usr/bin/time' : 'process.resourceUsage'})  (target < ${MAX_RSS_MB} MB: ${met(rssMb < MAX_RSS_MB)})`);
  if (steps.read !== undefined) {
    const readTag = steps['start-up'] + steps.read + steps.tag;
    console.log(`start-up+read+tag: ${fmt(readTag)} = ${(readTag / parseMs).toFixed(2)}× (a), before any analysis or file written`);
  }
  console.log(`floor d/a:        ${(floor.ms / parseMs).toFixed(2)}×  (csv-parse and a word lookup, nothing else: of the ${MAX_RATIO}× target, ${Math.max(0, MAX_RATIO - floor.ms / parseMs).toFixed(2)}× is left for all the rest)`);
} else {
  console.log(`(b) reflect:      failed (exit ${child.status}); targets not measured`);
}

if (args.includes('--keep')) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

/** A script that runs the CLI in-process and prints its peak RSS (KiB) last on stderr. */
function rssWrapper(argv) {
  return `process.argv = ${JSON.stringify([process.execPath, ...argv])};
process.on('exit', () => process.stderr.write('maxrss:' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(path.join(root, 'bin/reflect.js'))});`;
}

