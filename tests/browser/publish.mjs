// A published atlas (#16), in headless Chromium: the shipped dataset plus
// an event a user added is published with `accord publish`, the site is
// served, and a link to that event opens it in a FRESH browser context
// (no IndexedDB, no cache: anyone's browser), at 1280x800 and on a phone.
// The service worker installs the site's release (its dataset included).
// Then the same event travels without a site: "Copy link with this event's
// data" makes a link whose hash carries it, which a fresh context on the
// plain bundle (whose data lacks the event) opens, shown beside its data.
// Then embed=1: the view alone with "Open in Accord Atlas", screenshots
// at both sizes. Last, the app's own Data, Publish site...: a zip download of
// the site with the data shown, checked with Python's zipfile.
//   node tests/browser/publish.mjs ACCORD BUILD_DIR   (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-publish-*.png.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
  artifacts, desktopAndPhone, dist, launchChromium, newContext, root, serveDist, tally, User,
} from './harness.mjs';

const { check, failure, finish, step } = tally('browser-publish');
const [accord, buildDir] = process.argv.slice(2);
if (!fs.existsSync(path.join(dist, 'index.html')) || !accord) {
  console.error(`browser-publish: needs ${dist} (./build-wasm.sh) and the accord binary as its argument`);
  failure();
  finish();
}
fs.mkdirSync(artifacts, { recursive: true });

// The shipped dataset with one event a user added (in our own words).
const work = path.join(buildDir || path.join(root, 'build'), 'browser-publish');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const data = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));
const addedId = 'ev-2026-02-03-reader-hotline-drill';
const added = { ...data.events[0] };
added.id = addedId;
added.title = 'Night-shift hotline drill between two border posts';
added.date = '2026-02-03';
delete added.agreements;
data.events.push(added);
const dataFile = path.join(work, 'my-atlas.json');
fs.writeFileSync(dataFile, JSON.stringify(data, null, 2));
const site = path.join(work, 'site');
let report = '';
await step('accord publish writes the site', async () => {
  report = execFileSync(accord, ['publish', dataFile, '--out', site, '--web', dist, '--title', 'A reader\'s atlas'],
    { encoding: 'utf8' });
  console.log(report.trim().split('\n').map((l) => '    ' + l).join('\n'));
  check(fs.existsSync(path.join(site, 'atlas.json')) && fs.existsSync(path.join(site, 'site.json')),
    'the site has atlas.json and site.json');
  check(report.includes(`${data.events.length} events`), `the report counts ${data.events.length} events`);
});

// A click at a widget as soon as it is drawn, without waiting for the app
// to idle (a toast keeps drawing while it fades).
async function tapNow(user, name) {
  for (let i = 0; i < 50; i++) {
    const r = ((await user.state()).widgets || {})[name];
    if (r) {
      await user.page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
      await user.page.waitForTimeout(150);
      return;
    }
    await user.page.waitForTimeout(50);
  }
  throw new Error(`widget "${name}" was never drawn`);
}

const browser = await launchChromium();
const published = await serveDist({}, site);
const plain = await serveDist();
let recordsLink = '';

for (const vp of desktopAndPhone) {
  const tag = vp.size;
  await step(`${tag}: a link to the added event opens it in a fresh context`, async () => {
    const context = await newContext(browser, vp);
    const page = await context.newPage();
    const user = new User(page, vp, { shotPrefix: 'publish' });
    await page.goto(`${published.baseUrl}#/event?sel=${addedId}`);
    await user.started();
    const s = await user.state();
    check(s.view === 'event' && s.selected === addedId, `${tag}: the event is shown (${s.view}, ${s.selected})`);
    check(s.notices.length === 0, `${tag}: no notice (${s.notices.join('; ')})`);
    check(s.events === data.events.length, `${tag}: the published dataset is the shipped data (${s.events} events)`);
    check(await page.title() === 'A reader\'s atlas', `${tag}: the page has the site's title`);
    const manifest = await (await page.request.get(`${published.baseUrl}manifest.webmanifest`)).json();
    check(manifest.name === 'A reader\'s atlas', `${tag}: the web manifest is named after the site`);
    const release = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.accordRelease));
        (reg.active || navigator.serviceWorker.controller).postMessage('accord-release');
        setTimeout(() => resolve(null), 5000);
      });
    });
    check(!!release && report.includes(`release ${release}`), `${tag}: the service worker runs the site's release (${release})`);
    await user.shot('event');
    if (vp.size === '1280x800') {
      // The toast lasts a few seconds and draws meanwhile: no waiting for the app to idle.
      await tapNow(user, 'share');
      await user.page.waitForTimeout(200);
      await page.screenshot({ path: path.join(artifacts, `browser-${tag}-publish-share-toast.png`) });
      await tapNow(user, 'share:records');
      await user.until('(s.copied_link || "").includes("rec=")');
      recordsLink = (await user.state()).copied_link || '';
      check(recordsLink.includes(`sel=${addedId}`) && recordsLink.length <= 8000,
        `${tag}: "Copy link with this event's data" copies a link of ${recordsLink.length} characters`);
    }
    check(user.problems.length === 0, `${tag}: no page errors (${user.problems.join('; ')})`);
    await context.close();
  });
}

await step('a link carrying the event opens it on a site whose data lacks it', async () => {
  const vp = desktopAndPhone[1];
  const context = await newContext(browser, vp);
  const page = await context.newPage();
  const user = new User(page, vp, { shotPrefix: 'publish' });
  const link = plain.baseUrl + recordsLink.slice(recordsLink.indexOf('#'));
  await page.goto(link);
  await user.started();
  const arrived = await user.until(`s.selected === ${JSON.stringify(addedId)}`);
  const s = await user.state();
  check(arrived && s.view === 'event', `the event arrived with the link (${s.view}, ${s.selected}, ${s.notices.join('; ')})`);
  check(s.data.foreign === 'this link', `shown as not the user's data until they choose (${s.data.foreign})`);
  check(!(await page.evaluate(() => location.hash)).includes('rec='), 'the records left the address');
  await user.shot('records-link');
  await user.tap('link:keep');
  const after = await user.state();
  check(after.events === data.events.length - 1, `Keep my data: the user's data never had it (${after.events} events)`);
  check(user.problems.length === 0, `no page errors (${user.problems.join('; ')})`);
  await context.close();
});

for (const vp of desktopAndPhone) {
  const tag = vp.size;
  await step(`${tag}: embed=1 shows the view alone, with a way to the whole app`, async () => {
    const context = await newContext(browser, vp);
    const page = await context.newPage();
    const user = new User(page, vp, { shotPrefix: 'publish' });
    await page.goto(`${published.baseUrl}#/event?sel=${addedId}&embed=1`);
    await user.started();
    const s = await user.state();
    check(!!s.widgets['embed:open'], `${tag}: "Open in Accord Atlas" is drawn`);
    check(!s.widgets.share && !s.widgets.settings && !s.widgets.data, `${tag}: no header buttons`);
    await user.shot('embed');
    const [opened] = await Promise.all([context.waitForEvent('page', { timeout: 5000 }), user.tap('embed:open')]);
    const whole = new User(opened, vp, { shotPrefix: 'publish' });
    await whole.started();
    await whole.until(`s.selected === ${JSON.stringify(addedId)}`);
    const w = await whole.state();
    check(opened.url().startsWith(published.baseUrl) && w.hash === `#/event?sel=${addedId}` && !!w.widgets.share,
      `${tag}: it opens the same view, not embedded, in a new tab (${w.hash}, ${opened.url().slice(published.baseUrl.length)})`);
    check(user.problems.length === 0, `${tag}: no page errors (${user.problems.join('; ')})`);
    await context.close();
  });
}

await step('Data, Publish site... downloads the site with the data shown as a zip', async () => {
  const vp = desktopAndPhone[0];
  const context = await newContext(browser, vp);
  const page = await context.newPage();
  const user = new User(page, vp, { shotPrefix: 'publish' });
  await page.goto(published.baseUrl);
  await user.started();
  await user.tap('data');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), user.tap('data:publish')]);
  const zipPath = path.join(work, 'from-the-app.zip');
  await download.saveAs(zipPath);
  check(download.suggestedFilename() === 'accord-atlas-site.zip', `the download is ${download.suggestedFilename()}`);
  // Python's zipfile checks every CRC; the release in sw.js must name the dataset with its SHA-256.
  const inZip = JSON.parse(execFileSync('python3', ['-c', `
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
atlas = z.read('atlas.json')
print(json.dumps({'bad': bad, 'names': z.namelist(), 'events': [e['id'] for e in json.loads(atlas)['events']],
                  'released': hashlib.sha256(atlas).hexdigest() in z.read('sw.js').decode()}))
`, zipPath], { encoding: 'utf8' }));
  check(inZip.bad === null && inZip.names.length === 12, `the zip is whole (${inZip.names.length} files, CRC ${inZip.bad || 'ok'})`);
  check(inZip.events.includes(addedId) && inZip.events.length === data.events.length,
    `its atlas.json is the data shown (${inZip.events.length} events, the added one among them)`);
  check(inZip.released, "sw.js's release names atlas.json with its SHA-256");
  const s = await user.state();
  check((s.data.message || '').startsWith(`Published "A reader's atlas" (${data.events.length} events, 12 files`),
    `the Data window says so (${s.data.message})`);
  await user.shot('published-zip');
  check(user.problems.length === 0, `no page errors (${user.problems.join('; ')})`);
  await context.close();
});

await browser.close();
published.server.close();
plain.server.close();
finish();
