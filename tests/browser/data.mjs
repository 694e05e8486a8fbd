// The user's data in the web app, in headless Chromium: importing a JSON
// through the browser's file chooser, the data surviving a reload in
// IndexedDB, an export that downloads and re-imports as "already present",
// bad files each refused with a message while IndexedDB stays
// byte-for-byte the same, and data links (?data=URL, #data=URL) shown as
// "not your data" until the user chooses, with file: and javascript:
// links and oversized ones refused.
//   node tests/browser/data.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-data-*.png.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { artifacts, dist, launchChromium, root, serveDist, tally } from './harness.mjs';
import { desktop, phone, StoreUser } from './store_user.mjs';

const { check, failure, finish } = tally('browser-data');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-data: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const fixtures = path.join(root, 'tests/fixtures');
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8')).events.length;
const MB = 1024 * 1024;

// Another origin serving datasets for data links (CORS open, as a static host would).
const linkServer = http.createServer((req, res) => {
  const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
  if (req.url === '/one.json') {
    res.writeHead(200, headers).end(fs.readFileSync(path.join(fixtures, 'data/one-more-event.json')));
  } else if (req.url === '/no-cors.json') {  // a host that does not let other sites read it
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(fs.readFileSync(path.join(fixtures, 'data/one-more-event.json')));
  } else if (req.url === '/big.json') {  // says its size up front
    const body = Buffer.alloc(20 * MB, 0x20);
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  } else if (req.url === '/big-stream.json') {  // no Content-Length: counted while read
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(MB, 0x20);
    let sent = 0;
    const more = () => {
      while (sent < 20 && res.write(chunk)) sent++;
      if (sent >= 20) res.end(); else res.once('drain', () => { sent++; more(); });
    };
    more();
  } else {
    res.writeHead(404, headers).end('not found');
  }
});
await new Promise((resolve) => linkServer.listen(0, '127.0.0.1', resolve));
const linkBase = `http://127.0.0.1:${linkServer.address().port}`;

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();

const User = { open: (vp) => StoreUser.open(browser, vp, 'browser-data') };

fs.mkdirSync(artifacts, { recursive: true });

try {
  // --- import through the file chooser, then reload ----------------------------
  const u = await User.open(desktop);
  await u.goto(baseUrl);
  let s = await u.state();
  check(s.data.store === 'missing' && s.events === shipped, `nothing stored: the shipped ${shipped} events (store ${s.data.store})`);
  check(Object.keys(await u.idb()).length === 0, 'nothing is written to IndexedDB at start-up');
  await u.tap('data');
  await u.shot('window');
  await u.pick(path.join(fixtures, 'small.json'));
  check(await u.until((s) => s.data.report && s.data.report.added_events === 3),
    `importing small.json adds 3 events (${(await u.state()).data.message})`);
  const afterImport = await u.idb();
  const storeFile = (await u.storeDatabase()).file;
  check(storeFile === '/user-atlas/dataset.json', `the store is named after the deployment's path (${storeFile})`);
  check(!!afterImport[storeFile], `the dataset is kept in IndexedDB (${Object.keys(afterImport).join(', ')})`);
  await u.shot('imported');
  await u.goto(baseUrl);
  check(await u.until((s, n) => s.data.store === 'ok' && s.events === n + 3, 8000, shipped), 'after a reload the imported events are there');

  // --- export downloads a JSON that re-imports as already present --------------------
  await u.tap('data');
  const [download] = await Promise.all([u.page.waitForEvent('download'), u.tap('data:export-json')]);
  const exported = path.join(artifacts, 'browser-data-export.json');
  await download.saveAs(exported);
  check(download.suggestedFilename() === 'accord-atlas-dataset.json', `the download is named ${download.suggestedFilename()}`);
  let exportedEvents = -1;
  try { exportedEvents = JSON.parse(fs.readFileSync(exported, 'utf8')).events.length; } catch { /* checked below */ }
  check(exportedEvents === shipped + 3, `the download holds every event (${exportedEvents})`);
  const [csv] = await Promise.all([u.page.waitForEvent('download'), u.tap('data:export-csv')]);
  check(csv.suggestedFilename() === 'accord-atlas-events.csv', 'Events as CSV downloads accord-atlas-events.csv');
  const before = await u.idb();
  await u.pick(exported);
  check(await u.until((s) => s.data.report && s.data.report.added === 0 && s.data.report.unchanged > 0),
    `the export re-imports as already present (${(await u.state()).data.message})`);
  check(JSON.stringify(await u.idb()) === JSON.stringify(before), 'a re-import writes nothing');

  // --- bad files: a message each, IndexedDB byte-for-byte the same -------------------
  const png = fs.readFileSync(path.join(root, 'web/icon-192.png'));
  const bad = [
    ['a JSON file cut short', path.join(fixtures, 'data/cut-short.json'), /line 2, column \d+/],
    ['a .json holding an array', path.join(fixtures, 'data/array.json'), /top level/],
    ['image bytes named .json', { name: 'picture.json', mimeType: 'application/json', buffer: png }, /binary/],
    ['an empty file', { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) }, /empty/],
    ['a 20 MB file', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * MB, 0x20) }, /20\.0 MB; files over 16 MB are refused/],
  ];
  for (const [what, file, expected] of bad) {
    await u.pick(file);
    s = await u.state();
    check(s.data.message_is_error && expected.test(s.data.message), `${what}: "${s.data.message.split('\n').join(' | ').slice(0, 140)}"`);
    check(s.events === shipped + 3, `${what}: the data shown is unchanged`);
    check(JSON.stringify(await u.idb()) === JSON.stringify(before), `${what}: IndexedDB is byte-for-byte the same`);
    if (what.startsWith('a JSON')) await u.shot('bad-json');
  }
  await u.tap('data:close');

  // --- a damaged store: a way back without touching any file ----------------------
  {
    const d = await User.open(desktop);
    await d.goto(baseUrl);
    await d.tap('data');
    await d.pick(path.join(fixtures, 'small.json'));
    await d.tap('data:close');
    check(await d.until((s) => s.data.store === 'ok'), 'a store to damage was saved');
    const cut = await d.damageStore();
    await d.goto(baseUrl);
    check(await d.until((s) => s.data.store === 'corrupted' && !!s.widgets['store:fresh'] && !!s.widgets['store:download-damaged']),
      `a damaged store (${cut} bytes left) offers Download damaged file and Start fresh`);
    const damaged = (await d.idb())[storeFile];
    await d.shot('damaged');
    const [copy] = await Promise.all([d.page.waitForEvent('download'), d.tap('store:download-damaged')]);
    const copyPath = path.join(artifacts, 'browser-data-damaged-copy.json');
    await copy.saveAs(copyPath);
    check(fs.statSync(copyPath).size === cut, `the damaged file downloads as it is (${fs.statSync(copyPath).size} bytes)`);
    await d.tap('store:fresh');
    check(await d.until((s) => !!s.widgets['store:fresh-confirm']), 'Start fresh asks first');
    await d.tap('store:fresh-confirm');
    check(await d.until((s, n) => s.data.store === 'ok' && s.events === n, 8000, shipped), 'after Start fresh the store is usable again');
    const kept = await d.idb();
    check(kept[storeFile + '.corrupt'] === damaged, `the damaged file is kept in IndexedDB (${Object.keys(kept).join(', ')})`);
    await d.tap('data');
    await d.pick(path.join(fixtures, 'data/one-more-event.json'));
    check(await d.until((s) => s.data.report && s.data.report.added_events === 1 && s.data.store === 'ok'),
      `a change after Start fresh is stored (${(await d.state()).data.message})`);
    await d.goto(baseUrl);
    check(await d.until((s, n) => s.data.store === 'ok' && s.events === n + 1, 8000, shipped), 'and it is there after a reload');
    check(d.errors.length === 0, `no page errors (${d.errors.join('; ')})`);
    await d.page.context().close();
  }

  // --- data links: not your data until the user chooses ---------------------------
  await u.goto(`${baseUrl}?data=${encodeURIComponent(linkBase + '/one.json')}`);
  const host = linkBase.replace('http://', '');
  check(await u.until((s) => s.data.foreign && s.events === 1 && !!s.widgets['link:banner']),
    `?data= shows the linked dataset as not your data (${(await u.state()).data.foreign})`);
  check((await u.state()).data.foreign === host, 'the banner names the host');
  await u.shot('link');
  await u.tap('link:replace');
  check(await u.until((s) => s.data.confirming_replace && !!s.widgets['link:replace-confirm']), 'Replace my data asks first');
  check(JSON.stringify(await u.idb()) === JSON.stringify(before), 'nothing is stored before confirming');
  await u.tap('link:replace-cancel');
  // Copy link shares the user's place, not the stranger's data; the banner's
  // own button does, when that is what the user wants.
  await u.tap('share');
  let copied = (await u.state()).copied_link || '';
  check(copied !== '' && !copied.includes('data='), `Copy link leaves the data link out (${copied})`);
  await u.tap('link:copy-with-data');
  copied = (await u.state()).data.copied_with_data || '';
  check(copied.includes('data=' + encodeURIComponent(linkBase + '/one.json')) || copied.includes('data=' + linkBase),
    `"Copy link with this data" keeps it (${copied.slice(0, 120)})`);
  await u.tap('link:keep');
  check(!(await u.page.evaluate(() => location.search)).includes('data='),
    'after Keep my data the data link leaves the address (a reload does not fetch it again)');
  check(await u.until((s, n) => !s.data.foreign && s.events === n + 3, 8000, shipped), 'Keep my data shows the user\'s data again');
  check(JSON.stringify(await u.idb()) === JSON.stringify(before), 'viewing a data link changed nothing stored');

  await u.page.goto('about:blank');  // the address is the app's own now: a hash alone would not reload
  await u.goto(`${baseUrl}#data=${encodeURIComponent(linkBase + '/one.json')}`);
  check(await u.until((s, h) => s.data.foreign === h, 8000, host), '#data= works too');
  check(!(await u.page.evaluate(() => location.hash)).includes('data='), 'the #data= part leaves the address');
  await u.tap('link:merge');
  check(await u.until((s, n) => !s.data.foreign && s.events === n + 4 && s.data.report && s.data.report.added_events === 1, 8000, shipped),
    'Merge into my data adds the linked event');
  check((await u.state()).undo_label === 'Merge the data from ' + host,
    `the merge is one change Undo can take back ("${(await u.state()).undo_label}")`);
  const merged = await u.idb();
  check(merged[storeFile] !== before[storeFile], 'the merge is stored');

  const refused = [
    ['a file: link', 'file:///etc/passwd', /refused: only http and https/],
    ['a javascript: link', 'javascript:alert(1)', /refused: only http and https/],
    ['a link to 20 MB (Content-Length)', linkBase + '/big.json', /20\.0 MB; datasets over 16 MB are refused/],
    ['a link to 20 MB (no Content-Length)', linkBase + '/big-stream.json', /MB; datasets over 16 MB are refused/],
    ['a link to a missing file', linkBase + '/missing.json', /HTTP 404/],
    ['a host without CORS', linkBase + '/no-cors.json', /does not allow other sites to read this file: its host must send the header "Access-Control-Allow-Origin: \*" \(CORS\)/],
    ['a 5,000-character link', linkBase + '/missing.json?' + 'x'.repeat(5000), /^Data link refused: .{0,200}HTTP 404/],
  ];
  for (const [what, link, expected] of refused) {
    await u.goto(`${baseUrl}?data=${encodeURIComponent(link)}`);
    const ok = await u.until((s) => s.data.message_is_error && /Data link refused/.test(s.data.message), 15000);
    s = await u.state();
    check(ok && expected.test(s.data.message) && !s.data.foreign && s.events === shipped + 4,
      `${what} is refused: "${s.data.message.slice(0, 140)}"`);
    check(JSON.stringify(await u.idb()) === JSON.stringify(merged), `${what}: IndexedDB unchanged`);
  }
  check(u.errors.length === 0, `no page errors (${u.errors.join('; ')})`);

  // --- a phone: the Data window and the banner at 390x844 ----------------------------
  const p = await User.open(phone);
  await p.goto(`${baseUrl}?data=${encodeURIComponent(linkBase + '/one.json')}`);
  check(await p.until((s) => !!s.data.foreign && !!s.widgets['link:keep']), 'phone: the data link banner is shown');
  await p.shot('link');
  await p.tap('link:keep');
  await p.tap('data');
  await p.shot('window');
  check(await p.until((s) => !!s.widgets['data:import'] && s.widgets['data:import'][0] + s.widgets['data:import'][2] <= 390),
    'phone: the Data window fits the screen');
} catch (e) {
  check(false, `unexpected: ${e.stack || e}`);
} finally {
  await browser.close();
  server.close();
  linkServer.close();
}
finish();
