// Hostile data links in headless Chromium: index.html?data=URL to a title
// that is not UTF-8, 200,000 '[' deep (cut short, and closed), a 20 MB title, a number where text
// belongs, a file cut short and a download cut off. Each is refused with a
// readable message; no page error, no loading label left over the app
// ("Running..." from Emscripten), the tabs still answer, and the user's
// data in IndexedDB is byte-for-byte the same.
//   node tests/browser/hostile_links.mjs      (after ./build-wasm.sh)
// The files are written at test time to a temporary folder; screenshots go
// to test-artifacts/browser-hostile-*.png.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { artifacts, dist, launchChromium, root, serveDist, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser-hostile');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-hostile: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const MB = 1024 * 1024;
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8')).events.length;
const dataset = (titleJson) => Buffer.from('{"schema_version":1,"title":' + titleJson +
  ',"home_country":"VNM","sources":[{"id":"s1","title":"S"}],"countries":[{"id":"VNM","name":"Vietnam"}],' +
  '"events":[{"id":"e1","title":"T","type":"talks","date":"2024-05","countries":["VNM"],"sources":["s1"]}]}');
const valid = dataset('"x"');

const latin1Title = dataset('"Caf_"');
latin1Title[latin1Title.indexOf('Caf_') + 3] = 0xE9;  // "Café" in Latin-1: line 1, column 33

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-hostile-'));
const files = {
  'latin1-title.json': latin1Title,
  'deep.json': Buffer.alloc(200000, '['),
  'deep-closed.json': Buffer.concat([Buffer.alloc(200000, '['), Buffer.alloc(200000, ']')]),
  'big-title.json': dataset('"' + 'a'.repeat(20 * MB) + '"'),
  'wrong-types.json': dataset('42'),
  'truncated.json': valid.subarray(0, Math.floor(valid.length / 2)),
};
for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), bytes);

// Another origin serving them (CORS open, as a static host would); one more
// answer promises a whole dataset and stops halfway.
const linkServer = http.createServer((req, res) => {
  const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
  const name = req.url.slice(1);
  if (name === 'cut-off.json') {
    res.writeHead(200, { ...headers, 'Content-Length': valid.length });
    res.write(valid.subarray(0, 40), () => res.destroy());
  } else if (Object.hasOwn(files, name)) {
    const file = path.join(folder, name);
    res.writeHead(200, { ...headers, 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  } else {
    res.writeHead(404, headers).end('not found');
  }
});
await new Promise((resolve) => linkServer.listen(0, '127.0.0.1', resolve));
const linkBase = `http://127.0.0.1:${linkServer.address().port}`;

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
fs.mkdirSync(artifacts, { recursive: true });

const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const state = () => page.evaluate(() => window.accord.state());
async function settle() {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const s = await state();
    if (s.frames === last && !(s.data && s.data.syncs_in_flight)) return;
    last = s.frames;
    await page.waitForTimeout(100);
  }
}
async function goto(url) {
  await page.goto(url);
  await page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
  await settle();
}
// Waits until `predicate(state)` holds in the page; false after the timeout.
async function until(predicate, timeout = 15000) {
  try {
    await page.waitForFunction(`(${predicate.toString()})(window.accord.state())`, null, { timeout });
    await settle();
    return true;
  } catch {
    return false;
  }
}
async function tap(name) {
  if (!(await until(new Function('s', `return !!s.widgets[${JSON.stringify(name)}]`)))) {
    throw new Error(`widget "${name}" was never drawn`);
  }
  const [x, y, w, h] = (await state()).widgets[name];
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(80);
  await settle();
}
// The loading label over the canvas: '' when hidden.
const statusLabel = () => page.evaluate(() => {
  const s = document.getElementById('status');
  return s.hidden ? '' : s.textContent;
});
// Every file IDBFS keeps, as path -> its bytes in hex. The database is
// named after the store's folder (one per deployment path).
const storeFile = async () => (await state()).data.store_path;
const idb = async () => page.evaluate(async (file) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(file.slice(0, file.lastIndexOf('/')));
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  if (!db.objectStoreNames.contains('FILE_DATA')) return {};
  const out = {};
  await new Promise((resolve, reject) => {
    const cursor = db.transaction('FILE_DATA').objectStore('FILE_DATA').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return resolve();
      if (c.value.contents) out[String(c.key)] = Array.from(c.value.contents, (b) => b.toString(16)).join('');
      c.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
  db.close();
  return out;
}, await storeFile());

try {
  // The user's own data first: small.json imported and stored.
  await goto(baseUrl);
  await tap('data');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap('data:import')]);
  await chooser.setFiles(path.join(root, 'tests/fixtures/small.json'));
  check(await until((s) => s.data.store === 'ok' && s.data.report && s.data.report.added_events === 3),
    'the user\'s data is stored first (small.json imported)');
  await tap('data:close');
  const stored = await idb();
  check(!!stored[await storeFile()], `IndexedDB holds the user's dataset (${await storeFile()})`);

  const hostile = [
    ['a title that is not UTF-8', 'latin1-title.json', /latin1-title\.json: 1 problem; nothing was imported\.\nis not UTF-8 text: line 1, column 33 has the byte 0xE9/],
    ['200,000 \'[\' deep', 'deep.json', /deep\.json: 1 problem; nothing was imported\.\n.*not valid JSON/],
    ['200,000 \'[\' deep, all closed', 'deep-closed.json', /\(top level\): expected an object, found a list/],
    ['a 20 MB title', 'big-title.json', /is 20\.0 MB; datasets over 16 MB are refused/],
    ['a number where text belongs', 'wrong-types.json', /wrong-types\.json: 1 problem.*\n.*title/],
    ['a file cut short', 'truncated.json', /truncated\.json: 1 problem.*\n.*not valid JSON/],
    ['a download cut off', 'cut-off.json', /could not be fetched/],
  ];
  for (const [what, name, expected] of hostile) {
    const errorsBefore = pageErrors.length;
    await goto(`${baseUrl}?data=${encodeURIComponent(`${linkBase}/${name}`)}`);
    const refused = await until((s) => s.data.message_is_error && /^Data link refused/.test(s.data.message));
    let s = await state();
    check(refused && expected.test(s.data.message), `${what}: refused, "${s.data.message.split('\n').join(' | ').slice(0, 160)}"`);
    check(!s.data.message.includes('\uFFFD'), `${what}: the message has nothing unreadable in it`);
    check(s.data.foreign === null && s.events === shipped + 3, `${what}: the user's data is shown (${s.events} events)`);
    check(await statusLabel() === '', `${what}: no label left over the app ("${await statusLabel()}")`);
    await page.screenshot({ path: path.join(artifacts, `browser-hostile-${name.replace('.json', '')}.png`) });
    await tap('data:close');
    await tap('tab:people');
    check(await until((s) => s.view === 'people'), `${what}: the app still answers (People tab)`);
    await tap('tab:timeline');
    s = await state();
    check(s.view === 'timeline' && s.events === shipped + 3, `${what}: and back to the timeline`);
    check(JSON.stringify(await idb()) === JSON.stringify(stored), `${what}: IndexedDB is byte-for-byte the same`);
    check(pageErrors.length === errorsBefore, `${what}: no page error (${pageErrors.slice(errorsBefore).join('; ')})`);
  }

  // The loading label goes whatever reading the state does: the page's
  // first three reads of it for that label throw (a fault injected here).
  {
    const faulty = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await faulty.addInitScript(() => {
      const parse = JSON.parse;
      let faults = 3;
      JSON.parse = function (text, reviver) {
        if (faults > 0 && typeof text === 'string' && text.includes('"frames"') &&
            new Error().stack.includes('hideStatusAfterFirstFrame')) {
          faults--;
          throw new Error('a fault injected by the test');
        }
        return parse.call(this, text, reviver);
      };
    });
    const p = await faulty.newPage();
    await p.goto(`${baseUrl}?data=${encodeURIComponent(`${linkBase}/deep.json`)}`);
    const framesDrawn = () => p.evaluate(() => { try { return window.accord.state().frames; } catch { return -1; } });
    let frames = -1;
    for (let i = 0; i < 300 && frames <= 2; i++) {
      frames = await framesDrawn();
      if (frames <= 2) await p.waitForTimeout(100);
    }
    const label = await p.evaluate(() => {
      const s = document.getElementById('status');
      return s.hidden ? '' : s.textContent;
    });
    await p.screenshot({ path: path.join(artifacts, 'browser-hostile-state-fault.png') });
    check(frames > 2 && label === '', `a state that cannot be read at start-up leaves no label over the app ("${label}", ${frames} frames)`);
    await faulty.close();
  }
} catch (e) {
  check(false, `unexpected: ${e.stack || e}`);
} finally {
  await browser.close();
  server.close();
  linkServer.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
finish();
