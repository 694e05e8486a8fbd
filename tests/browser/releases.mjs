// A hosted app people can rely on: releases and deployments in Chromium.
// - Two deployments on one site (/atlas/ and /atlas2/, different releases)
//   keep their own offline caches and their own stored data; data kept
//   before stores had a database per deployment is copied, not lost.
// - A half-finished deployment (the new sw.js and glue.js, the old
//   accord-atlas.js) is never installed: users keep the whole old release;
//   once the deployment is whole, the new release installs and the page
//   offers "reload", which brings the whole new one.
//   node tests/browser/releases.mjs      (after ./build-wasm.sh)
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { artifacts, dist, launchChromium, root, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser-releases');
if (!fs.existsSync(path.join(dist, 'sw.js'))) {
  console.error(`browser-releases: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
fs.mkdirSync(artifacts, { recursive: true });

// --- two releases: the build, and the build with two files changed ------------
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-releases-'));
const release1 = path.join(work, 'release1');
const release2 = path.join(work, 'release2');
fs.cpSync(dist, release1, { recursive: true });
fs.cpSync(dist, release2, { recursive: true });
const marker = '// release 2 of the releases test';
for (const f of ['glue.js', 'accord-atlas.js']) fs.appendFileSync(path.join(release2, f), '\n' + marker + '\n');
// Release 2's sw.js names its own files' hashes, as build-wasm.sh would.
{
  const sw = fs.readFileSync(path.join(release2, 'sw.js'), 'utf8');
  const m = sw.match(/\/\*ACCORD_RELEASE\*\/ (.*) \/\*END_ACCORD_RELEASE\*\//);
  if (!m) {
    console.error('browser-releases: no release in sw.js');
    failure();
    finish();
  }
  const release = m[1].replace(/'([^']+)': '[0-9a-f]{64}'/g, (_, name) =>
    `'${name}': '${crypto.createHash('sha256').update(fs.readFileSync(path.join(release2, name))).digest('hex')}'`)
    .replace(/id: '[^']*'/, "id: 'release-two'");
  fs.writeFileSync(path.join(release2, 'sw.js'), sw.replace(m[1], release));
}
const releaseId1 = fs.readFileSync(path.join(release1, 'sw.js'), 'utf8').match(/id: '([^']*)'/)[1];

// --- a static host: each deployment's folder, and per-file overrides -----------
const deployments = { '/atlas/': release1, '/atlas2/': release2 };
const overrides = {};  // '/atlas/glue.js' -> a file: a deployment half done
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const prefix = Object.keys(deployments).find((p) => url.pathname.startsWith(p));
  let file = null;
  if (prefix) {
    const rel = url.pathname.slice(prefix.length) || 'index.html';
    file = overrides[prefix + rel] || path.join(deployments[prefix], path.normalize(rel));
    if (!file.startsWith(work + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) file = null;
  }
  if (!file) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const pageErrors = [];

async function openPage(context) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return page;
}
async function started(page) {
  // Drawn, and the user's stored data read and shown (or none found).
  await page.waitForFunction(() => {
    const s = window.accord && window.accord.state();
    return s && s.frames > 0 && s.data && s.data.store !== 'loading' && !s.loading;
  }, null, { timeout: 60000 });
  return page.evaluate(() => window.accord.state());
}
// The release the active service worker installed, and the caches it sees.
async function release(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const id = await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.accordRelease), { once: true });
      reg.active.postMessage('accord-release');
    });
    return { id, caches: await caches.keys() };
  });
}
// What the page gets for a file now (through the service worker).
const served = (page, name) => page.evaluate(async (n) => (await fetch(n)).text(), name);

// Writes a dataset into an IndexedDB database as IDBFS keeps files, the way
// a build from before per-deployment stores left the user's data ('/user').
async function seedLegacyStore(page, json) {
  await page.evaluate(async (text) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('/user', 21);
      open.onupgradeneeded = () => open.result.createObjectStore('FILE_DATA').createIndex('timestamp', 'timestamp', { unique: false });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
    const put = (key, value) => new Promise((resolve) => { store.put(value, key).onsuccess = resolve; });
    await put('/user', { timestamp: new Date(), mode: 0o40777 });
    await put('/user/dataset.json', { timestamp: new Date(), mode: 0o100666, contents: new TextEncoder().encode(text) });
    db.close();
  }, json);
}

try {
  // --- two deployments on one site ------------------------------------------
  {
    const context = await browser.newContext();
    const page = await openPage(context);
    const small = fs.readFileSync(path.join(root, 'tests/fixtures/small.json'), 'utf8');
    const smallEvents = JSON.parse(small).events.length;
    await page.goto(`${origin}/atlas/no-such-page`);  // the site, before any deployment ran
    await seedLegacyStore(page, small);

    await page.goto(`${origin}/atlas/`);
    let s = await started(page);
    check(s.data.store_path === '/user-atlas/dataset.json', `/atlas/ keeps its data in its own store (${s.data.store_path})`);
    check(s.events === smallEvents, `/atlas/ starts from the data kept before stores were per deployment (${s.events} events)`);
    const r1 = await release(page);
    check(r1.id === releaseId1, `/atlas/ is served by release ${r1.id}`);

    await page.goto(`${origin}/atlas2/`);
    s = await started(page);
    check(s.data.store_path === '/user-atlas2/dataset.json', `/atlas2/ keeps its data in its own store (${s.data.store_path})`);
    const r2 = await release(page);
    check(r2.id === 'release-two', `/atlas2/ is served by its own release (${r2.id})`);
    const ours = r2.caches.filter((k) => k.startsWith('accord-atlas '));
    check(ours.some((k) => k.includes('/atlas/ ')) && ours.some((k) => k.includes('/atlas2/ ')),
      `installing /atlas2/ left /atlas/'s cache in place (${ours.join(' | ')})`);

    // /atlas2/'s user keeps one event of it: /atlas/'s data stays whole.
    const oneEvent = JSON.parse(small);
    oneEvent.events = oneEvent.events.slice(0, 1);
    await page.evaluate(async (text) => {
      const db = await new Promise((resolve) => { const o = indexedDB.open('/user-atlas2'); o.onsuccess = () => resolve(o.result); });
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const entry = await new Promise((resolve) => { store.get('/user-atlas2/dataset.json').onsuccess = (e) => resolve(e.target.result); });
      entry.contents = new TextEncoder().encode(text);
      await new Promise((resolve) => { store.put(entry, '/user-atlas2/dataset.json').onsuccess = resolve; });
      db.close();
    }, JSON.stringify(oneEvent));

    await context.setOffline(true);
    await page.goto(`${origin}/atlas/`);
    s = await started(page);
    check(s.events === smallEvents, `offline, /atlas/ still opens, with its own data (${s.events} events)`);
    await page.screenshot({ path: path.join(artifacts, 'browser-releases-atlas-offline.png') });
    await page.goto(`${origin}/atlas2/`);
    s = await started(page);
    check(s.frames > 0 && s.events === 1, `offline, /atlas2/ opens too, with its own data (${s.events} events)`);
    await context.setOffline(false);
    await context.close();
  }

  // --- a deployment half done, then whole -------------------------------------
  {
    deployments['/atlas/'] = release1;
    const context = await browser.newContext();
    const page = await openPage(context);
    await page.goto(`${origin}/atlas/`);
    await started(page);
    check((await release(page)).id === releaseId1, `a user installs release ${releaseId1}`);

    // The host has the new sw.js and glue.js, still the old accord-atlas.js.
    overrides['/atlas/sw.js'] = path.join(release2, 'sw.js');
    overrides['/atlas/glue.js'] = path.join(release2, 'glue.js');
    const attempt = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      try { await reg.update(); } catch (e) { return 'update failed: ' + e.message; }
      // An install that fails leaves no waiting worker.
      for (let i = 0; i < 100 && reg.installing; i++) await new Promise((r) => setTimeout(r, 50));
      return reg.waiting ? 'a release is waiting' : 'nothing new installed';
    });
    check(attempt !== 'a release is waiting', `a half-deployed release is not installed (${attempt})`);
    await page.reload();
    await started(page);
    const kept = await release(page);
    const glue = await served(page, 'glue.js');
    check(kept.id === releaseId1 && !glue.includes(marker),
      `after a reload the user still has the whole old release (${kept.id}; glue.js is ${glue.includes(marker) ? 'new' : 'old'})`);
    check(kept.caches.filter((k) => k.startsWith('accord-atlas ')).length === 1,
      `no part of the half release is cached (${kept.caches.join(' | ')})`);
    check(await page.evaluate(() => document.getElementById('update').hidden), 'no "new version" notice for a half release');

    // The deployment is done: the whole new release installs and is announced.
    delete overrides['/atlas/sw.js'];
    delete overrides['/atlas/glue.js'];
    deployments['/atlas/'] = release2;
    await page.evaluate(async () => { await (await navigator.serviceWorker.ready).update(); });
    const announced = await page.waitForFunction(() => !document.getElementById('update').hidden, null, { timeout: 30000 })
      .then(() => true, () => false);
    check(announced, 'a whole new release shows "A new version of Accord Atlas is ready" with a Reload button');
    await page.screenshot({ path: path.join(artifacts, 'browser-releases-update-notice.png') });
    const box = await page.locator('#update button').boundingBox();
    check(box && box.height >= 44, `the Reload button is a thumb-sized target (${box && box.height} px high)`);
    await Promise.all([page.waitForNavigation(), page.click('#update button')]);
    await started(page);
    const now = await release(page);
    const newGlue = await served(page, 'glue.js');
    const newJs = await served(page, 'accord-atlas.js');
    check(now.id === 'release-two' && newGlue.includes(marker) && newJs.includes(marker),
      `Reload brings the whole new release (${now.id}; glue.js and accord-atlas.js both new)`);
    check(now.caches.filter((k) => k.startsWith('accord-atlas ')).length === 1, `the old release's cache is gone (${now.caches.join(' | ')})`);
    await context.close();
  }
  check(pageErrors.length === 0, `no page errors (${pageErrors.join('; ')})`);
} catch (err) {
  console.error(err);
  failure();
} finally {
  await browser.close();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
finish();
