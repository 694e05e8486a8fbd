// The same corpus through compromise (npm), an established NLP library:
// people, places and organizations of every article. Prints MB/s.
//   node bench/extract_bench.mjs CORPUS.jsonl
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const path = process.argv[2];
const texts = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
let items = 0;
const start = process.hrtime.bigint();
for (const t of texts) {
  const doc = nlp(t);
  items += doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length;
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const mb = bytes / (1024 * 1024);
console.log(`compromise (npm):      ${mb.toFixed(1)} MB in ${texts.length} articles, ${secs.toFixed(2)} s, ` +
  `${(mb / secs).toFixed(2)} MB/s (${items} items)`);
