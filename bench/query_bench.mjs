// The query benchmark's JavaScript side: in one Node process, the core
// compiled to WebAssembly and crossfilter2 (npm) answer the same queries over
// the same synthetic events; the native figures come from bench/run.sh.
// Prints per-query median and p95 for each engine and crossfilter/wasm ratios.
//   node bench/query_bench.mjs NATIVE.json QUERY_BENCH_WASM.js EVENTS SEED REPS
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const crossfilter = require('crossfilter2');

const [nativePath, wasmPath, eventsArg, seedArg, repsArg] = process.argv.slice(2);
const events = Number(eventsArg);
const seed = Number(seedArg);
const reps = Number(repsArg);
const native = JSON.parse(readFileSync(nativePath, 'utf8'));

const MB = 1024 * 1024;
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const percentile = (values, p) => {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];
};

// --- the core as WebAssembly -------------------------------------------------
const M = await require(wasmPath)();
const str = (ptr) => M.UTF8ToString(ptr >>> 0);
const wasmGenerateMs = M._bench_generate(events, seed);
const wasmIndexMs = M._bench_build_index();
const wasmHeapMb = M.HEAPU8.length / MB;
const wasmIndexMemory = JSON.parse(str(M._bench_memory_json()));
const queryCount = M._bench_query_count();
const queries = [];
for (let q = 0; q < queryCount; q++) queries.push({ name: str(M._bench_query_name(q)), ...JSON.parse(str(M._bench_query_json(q))) });

// --- the same events for crossfilter, read from the wasm ------------------------
let start = performance.now();
const n = M._bench_event_count();
const column = (which) => new Uint32Array(M.HEAPU8.buffer, M._bench_column(which) >>> 0, n).slice();
const [dateStart, dateEnd, types, topicBits, partnerBits] = [0, 1, 2, 3, 4].map(column);
const partnerIds = Array.from({ length: M._bench_partner_count() }, (_, k) => str(M._bench_partner_id(k)));
const topicNames = Array.from({ length: 20 }, (_, k) => str(M._bench_topic(k)));
const typeNames = Array.from({ length: 8 }, (_, k) => str(M._bench_type(k)));
const bitsToList = (bits, names) => {
  const out = [];
  for (let k = 0; bits; k++, bits >>>= 1) if (bits & 1) out.push(names[k]);
  return out;
};
const records = new Array(n);
const decoder = new TextDecoder();
const chunk = 20000;
for (let first = 0; first < n; first += chunk) {
  const size = M._bench_fold_texts(first, chunk);
  const bytes = new Uint8Array(M.HEAPU8.buffer, M._bench_text_chunk() >>> 0, size);
  let at = 0;
  for (let i = first; i < Math.min(n, first + chunk); i++) {
    const end = bytes.indexOf(0, at);
    records[i] = {
      start: dateStart[i], end: dateEnd[i], type: typeNames[types[i]],
      partners: bitsToList(partnerBits[i], partnerIds), topics: bitsToList(topicBits[i], topicNames),
      text: decoder.decode(bytes.subarray(at, end)),
    };
    at = end + 1;
  }
}
const recordsMs = performance.now() - start;
process.stderr.write(`  wasm ready; ${n} records for crossfilter\n`);

start = performance.now();
const cf = crossfilter(records);
const dims = {
  start: cf.dimension((d) => d.start),
  end: cf.dimension((d) => d.end),
  type: cf.dimension((d) => d.type),
  partner: cf.dimension((d) => d.partners, true),
  topic: cf.dimension((d) => d.topics, true),
  text: cf.dimension((d) => d.text),
};
const groups = { partner: dims.partner.group(), topic: dims.topic.group(), type: dims.type.group() };
const crossfilterMs = performance.now() - start;

const filterAny = (dim, values) => {
  if (values.length === 1) dim.filterExact(values[0]);
  else {
    const wanted = new Set(values);
    dim.filterFunction((v) => wanted.has(v));
  }
};
// One query, from no filter to its answer: matches by date plus facet counts.
const crossfilterQuery = (q) => {
  if (q.partners.length) filterAny(dims.partner, q.partners);
  if (q.topics.length) filterAny(dims.topic, q.topics);
  if (q.types.length) filterAny(dims.type, q.types);
  if (q.from_key !== null) dims.end.filterRange([q.from_key, Infinity]);
  if (q.to_key !== null) dims.start.filterRange([-Infinity, q.to_key + 1]);
  if (q.text) dims.text.filterFunction((s) => s.includes(q.text));
  const matches = dims.start.bottom(Infinity);
  const counts = (g) => Object.fromEntries(g.all().filter((kv) => kv.value > 0).map((kv) => [kv.key, kv.value]));
  return { total: matches.length, partners: counts(groups.partner), topics: counts(groups.topic), types: counts(groups.type) };
};
const crossfilterReset = () => Object.values(dims).forEach((d) => d.filterAll());

const sameCounts = (a, b) => {
  if (a.total !== b.total) return false;
  for (const facet of ['partners', 'topics', 'types']) {
    const ka = Object.keys(a[facet]).sort(), kb = Object.keys(b[facet]).sort();
    if (ka.join() !== kb.join() || ka.some((k) => a[facet][k] !== b[facet][k])) return false;
  }
  return true;
};

// --- timing ------------------------------------------------------------------
const rows = [];
for (let q = 0; q < queryCount; q++) {
  process.stderr.write(`  query ${q + 1}/${queryCount}: ${queries[q].name}\n`);
  const wasmTimes = [], cfTimes = [];
  for (let r = 0; r < reps + 2; r++) {
    const t0 = performance.now();
    M._bench_run_query(q);
    if (r >= 2) wasmTimes.push(performance.now() - t0);
  }
  const wasmCounts = JSON.parse(str(M._bench_last_counts_json()));
  let cfCounts;
  for (let r = 0; r < reps + 2; r++) {
    crossfilterReset();
    const t0 = performance.now();
    cfCounts = crossfilterQuery(queries[q]);
    if (r >= 2) cfTimes.push(performance.now() - t0);
  }
  crossfilterReset();
  const nat = native.queries[q];
  rows.push({
    name: queries[q].name, matches: wasmCounts.total,
    native: [nat.median_ms, nat.p95_ms], wasm: [percentile(wasmTimes, 0.5), percentile(wasmTimes, 0.95)],
    cf: [percentile(cfTimes, 0.5), percentile(cfTimes, 0.95)],
    agree: sameCounts(wasmCounts, cfCounts) && sameCounts(wasmCounts, nat.counts),
  });
}

// --- report ------------------------------------------------------------------
const memory = (m) => `${(m.total / MB).toFixed(0)} MB (text ${((m.text_pieces + m.text_piece_events + m.text_tokens + m.text_token_pieces + (m.text_token_places ?? 0)) / MB).toFixed(0)} MB, ` +
  `facets+dates ${((m.order + m.dates + m.types + m.partners + m.topics) / MB).toFixed(0)} MB), ${(m.total / n).toFixed(0)} B/event`;
const cpu = os.cpus();
console.log(`# Query benchmark: ${n.toLocaleString('en-US')} synthetic events (seed ${seed}), ${reps} timed runs per query`);
console.log(`machine: ${cpu.length} x ${cpu[0].model}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; node ${process.version}`);
console.log('');
console.log(`native:      generate ${(native.generate_ms / 1000).toFixed(1)} s, index ${(native.index_ms / 1000).toFixed(1)} s, ` +
  `peak RSS ${native.peak_rss_mb_data.toFixed(0)} MB with the data, ${native.peak_rss_mb_indexed.toFixed(0)} MB indexed; index ${memory(native.index_memory)}`);
console.log(`wasm:        generate ${(wasmGenerateMs / 1000).toFixed(1)} s, index ${(wasmIndexMs / 1000).toFixed(1)} s, ` +
  `heap ${wasmHeapMb.toFixed(0)} MB; index ${memory(wasmIndexMemory)}`);
const mem = process.memoryUsage();
console.log(`crossfilter: records from the wasm ${(recordsMs / 1000).toFixed(1)} s, crossfilter + 6 dimensions + 3 groups ${(crossfilterMs / 1000).toFixed(1)} s; ` +
  `node process RSS ${(mem.rss / MB).toFixed(0)} MB (JS heap ${(mem.heapUsed / MB).toFixed(0)} MB)`);
console.log('');
const header = ['query', 'matches', 'native median / p95 ms', 'wasm median / p95 ms', 'crossfilter median / p95 ms', 'crossfilter / wasm', 'counts agree'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) {
  console.log(`| ${r.name} | ${r.matches.toLocaleString('en-US')} | ${fmt(r.native[0])} / ${fmt(r.native[1])} | ${fmt(r.wasm[0])} / ${fmt(r.wasm[1])} | ` +
    `${fmt(r.cf[0])} / ${fmt(r.cf[1])} | ${(r.cf[0] / r.wasm[0]).toFixed(1)}x | ${r.agree ? 'yes' : 'NO'} |`);
}
console.log('');
console.log('Each query starts from no filter and returns the matching events by date plus the counts per partner, topic and type ' +
  '(each facet ignoring its own selection). crossfilter: filters set on its dimensions, then dimension.bottom(Infinity) and group.all(); ' +
  'its reset between runs is not timed. Text: crossfilter filters the folded text dimension with String.includes.');
