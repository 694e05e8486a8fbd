// One store, many tabs, in headless Chromium: two tabs of one deployment
// share the user's data in IndexedDB. A tab that did not see another tab's
// save must not write over it: its save is refused (or the change noticed
// first), it offers Reload and Merge, and no change a tab reported saved is
// lost, whatever the order of imports, edits and merges.
//   node tests/browser/tabs.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-tabs-*.png.
import fs from 'node:fs';
import path from 'node:path';

import { dist, launchChromium, root, serveDist, tally } from './harness.mjs';
import { desktop, StoreUser } from './store_user.mjs';

const { check, failure, finish } = tally('browser-tabs');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-tabs: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
const fixtures = path.join(root, 'tests/fixtures');
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8')).events.length;
const smallIds = JSON.parse(fs.readFileSync(path.join(fixtures, 'small.json'), 'utf8')).events.map((e) => e.id);
const oneMoreId = JSON.parse(fs.readFileSync(path.join(fixtures, 'data/one-more-event.json'), 'utf8')).events[0].id;

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
const storedIds = async (user) => ((await user.storedDataset()) || { events: [] }).events.map((e) => e.id);

try {
  const a = await StoreUser.open(browser, desktop, 'browser-tabs-a');
  const b = await StoreUser.open(browser, desktop, 'browser-tabs-b', a.page.context());
  await a.goto(baseUrl);
  await b.goto(baseUrl);
  check((await a.state()).events === shipped && (await b.state()).events === shipped, 'two tabs open on the shipped data');

  // Tab B imports a file: saved, and stored.
  await b.page.bringToFront();
  await b.tap('data');
  await b.pick(path.join(fixtures, 'small.json'));
  await b.tap('data:close');
  check(await b.until((s) => s.data.store === 'ok' && s.data.syncs_in_flight === 0), 'tab B saved its import');
  const afterB = await storedIds(b);
  check(smallIds.every((id) => afterB.includes(id)), `IndexedDB holds tab B's events (${afterB.length} events)`);

  // Tab A, never reloaded, imports another file: it must not write over
  // B's save. The import is refused (all or nothing) with a message naming
  // the other tab, and A offers Reload and Merge.
  await a.page.bringToFront();  // the user switches to tab A
  await a.tap('data');
  await a.pick(path.join(fixtures, 'data/one-more-event.json'));
  let s = await a.state();
  check(/^Nothing was imported .*changed in another tab/.test(s.data.message) && s.data.message_is_error,
    `tab A's import is refused: "${s.data.message}"`);
  await a.tap('data:close');
  const afterA = await storedIds(a);
  check(smallIds.every((id) => afterA.includes(id)) && !afterA.includes(oneMoreId),
    `tab B's events are still stored, and nothing of A's refused import (${afterA.length} events)`);
  check(await a.until((st) => st.data.disk_changed && !!st.widgets['store:merge'], 8000),
    'tab A says the data was changed in another tab and offers Reload and Merge');
  await a.shot('changed-in-another-tab');

  // Merge: what is stored plus what A shows that it lacks; A then imports again.
  await a.tap('store:merge');
  check(await a.until((st, n) => !st.data.disk_changed && st.events === n, 8000, shipped + smallIds.length),
    `after Merge tab A shows tab B's events too (${(await a.state()).events})`);
  await a.tap('data');
  await a.pick(path.join(fixtures, 'data/one-more-event.json'));
  await a.tap('data:close');
  check(await a.until((st) => st.data.syncs_in_flight === 0 && st.data.save_error === '' && !st.data.message_is_error),
    `tab A's import is saved now (${(await a.state()).data.message})`);
  const merged = await storedIds(a);
  check(smallIds.every((id) => merged.includes(id)) && merged.includes(oneMoreId),
    `IndexedDB holds both tabs' events (${merged.length} events)`);
  s = await a.state();
  check(s.events === shipped + smallIds.length + 1, `tab A shows both tabs' events (${s.events})`);

  // Tab B, which last saw its own save, notices A's merge and reloads it.
  await b.page.bringToFront();
  check(await b.until((st) => st.data.disk_changed && !!st.widgets['store:reload'], 8000),
    'tab B notices the other tab\'s save');
  await b.tap('store:reload');
  check(await b.until((st, n) => st.events === n && !st.data.disk_changed, 8000, shipped + smallIds.length + 1),
    `tab B shows both tabs' events after Reload (${(await b.state()).events})`);
  await b.shot('reloaded');

  // A third round: B imports again after reloading; A's next save is refused
  // until A reloads. Nothing either tab reported saved is lost.
  await b.tap('data');
  await b.pick({ name: 'again.json', mimeType: 'application/json',
    buffer: Buffer.from(fs.readFileSync(path.join(fixtures, 'data/one-more-event.json'), 'utf8')
      .replaceAll(oneMoreId, oneMoreId + '-again').replace('hotline review meeting', 'border liaison visit')
      .replaceAll('2025-02-10', '2025-03-20')) });  // weeks later: another event, not a report of the first
  await b.tap('data:close');
  check(await b.until((st) => st.data.store === 'ok' && st.data.syncs_in_flight === 0 && /^Imported/.test(st.data.message)),
    `tab B saved its second import (${(await b.state()).data.message})`);
  await a.page.bringToFront();
  const noticed = await a.until((st) => st.data.disk_changed, 8000);
  check(noticed, 'tab A notices it');
  await a.tap('store:reload');
  const final = await storedIds(a);
  const againId = (oneMoreId + '-again').replaceAll('2025-02-10', '2025-03-20');
  check(final.includes(againId) && final.includes(oneMoreId) && smallIds.every((id) => final.includes(id)),
    `every event a tab saved is stored (${final.length} events)`);
  check((await a.state()).events === final.length, `tab A shows what is stored (${(await a.state()).events})`);
  // Edits: each tab saves an article from the Import view (an undoable
  // change, saved through the same door). Tab B's copy is stale: its edit
  // stays on screen, is not saved over A's, and Merge stores both.
  const saveArticle = async (user, file) => {
    await user.page.bringToFront();
    await user.tap('import');
    const text = fs.readFileSync(path.join(fixtures, 'import', file), 'utf8');
    await user.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
    await user.settle();
    await user.tap('import:extract');
    await user.until((st) => st.import.stage === 'review');
    await user.tap('import:save');
    await user.until((st) => st.view === 'event');
  };
  const beforeEdits = (await storedIds(a)).length;
  await saveArticle(a, 'en_malaysia_talks.txt');
  check(await a.until((st) => st.data.syncs_in_flight === 0 && st.data.save_error === ''), 'tab A saved an article');
  check((await storedIds(a)).length === beforeEdits + 1, `tab A's article is stored (${(await storedIds(a)).length} events)`);
  await saveArticle(b, 'fr_cambodge_rencontre.txt');
  s = await b.state();
  check(s.events === beforeEdits + 1 && (/another tab/.test(s.data.save_error) || s.data.disk_changed),
    `tab B's article stays on screen, not saved over A's ("${s.data.save_error}", disk_changed ${s.data.disk_changed})`);
  check((await storedIds(b)).length === beforeEdits + 1, 'IndexedDB still holds tab A\'s article, and not B\'s yet');
  check(await b.until((st) => st.data.disk_changed && !!st.widgets['store:merge'], 8000), 'tab B offers Merge');
  await b.tap('store:merge');
  check(await b.until((st) => !st.data.disk_changed && st.data.syncs_in_flight === 0), 'tab B merged');
  check((await storedIds(b)).length === beforeEdits + 2, `both tabs' articles are stored (${(await storedIds(b)).length} events)`);
  check(a.errors.length === 0 && b.errors.length === 0, `no page errors (${[...a.errors, ...b.errors].join('; ')})`);
} catch (e) {
  check(false, `unexpected: ${e.stack || e}`);
} finally {
  await browser.close();
  server.close();
}
finish();
