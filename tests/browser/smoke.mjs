// End-to-end smoke test of the web build (dist/web) in headless Chromium:
// serves the bundle from a sub-path on a free localhost port, opens it at
// desktop and phone sizes, and checks that it loads without console
// errors, reports the whole dataset, draws something, stays idle, and
// answers a tap on the first event.
//   node tests/browser/smoke.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-*.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, dist, launchChromium, root, serveDist, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
const datasetFile = path.join(root, 'assets/dataset.json');
const expectedEvents = JSON.parse(fs.readFileSync(datasetFile, 'utf8')).events.length;

const { server, baseUrl } = await serveDist();

// Distinct colours in a PNG, counted by the page itself (no npm decoder).
async function distinctColours(page, png) {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + base64;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return colours.size;
  }, png.toString('base64'));
}

const viewports = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false, layout: 'wide' },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true, layout: 'narrow' },
];

const browser = await launchChromium();

try {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const vp of viewports) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.deviceScaleFactor,
      isMobile: vp.isMobile, hasTouch: vp.hasTouch,
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
    page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
    const state = () => page.evaluate(() => window.accord.state());
    const tag = `${vp.name} ${vp.width}x${vp.height}@${vp.deviceScaleFactor}x`;

    const started = Date.now();
    await page.goto(baseUrl);
    let s;
    try {
      await page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
      s = await state();
      check(true, `${tag}: draws frames (${s.frames} after ${Date.now() - started} ms; first frame at ${Math.round(s.first_frame_ms)} ms)`);
    } catch (err) {
      check(false, `${tag}: no frames drawn (${err.message.split('\n')[0]}) ${problems.join('; ')}`);
      await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-failed.png`) });
      await context.close();
      continue;
    }
    check(s.events === expectedEvents, `${tag}: loads all ${expectedEvents} events (state says ${s.events}, ${s.problems} problems)`);
    check(s.view === 'timeline', `${tag}: opens on the timeline (view ${s.view})`);
    check(s.selected === null, `${tag}: nothing selected at start`);
    check(s.width === vp.width && s.height === vp.height && s.pixel_ratio === vp.deviceScaleFactor,
      `${tag}: canvas fills the viewport at full resolution (${s.width}x${s.height}@${s.pixel_ratio})`);
    check(s.layout === vp.layout, `${tag}: ${vp.layout} layout (${s.layout})`);

    const shot = path.join(artifacts, `browser-${vp.name}.png`);
    const colours = await distinctColours(page, await page.screenshot({ path: shot }));
    check(colours > 10, `${tag}: not blank (${colours} colours in ${path.relative(root, shot)})`);

    // Idle: with no input the app draws nothing.
    const framesBefore = (await state()).frames;
    await page.waitForTimeout(1000);
    const framesAfter = (await state()).frames;
    check(framesAfter === framesBefore, `${tag}: idle draws no frames (${framesBefore} -> ${framesAfter} in 1 s)`);

    // A tap (or click) on the first row opens that event.
    if (s.first_row) {
      const [x, y] = s.first_row;
      if (vp.hasTouch) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
      try {
        await page.waitForFunction(() => window.accord.state().selected !== null, null, { timeout: 5000 });
      } catch { /* reported below */ }
      const after = await state();
      check(after.selected !== null, `${tag}: tapping the first row selects it (${after.selected})`);
      await page.waitForTimeout(200);  // the frames after the input
      const eventShot = path.join(artifacts, `browser-${vp.name}-event.png`);
      await page.screenshot({ path: eventShot });

      // Escape goes back to the list on a phone and clears the selection.
      if (vp.layout === 'narrow') {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(200);
        check((await state()).selected === null, `${tag}: Escape goes back to the list`);
      }
    } else {
      check(false, `${tag}: the first row's position is reported`);
    }

    // Typing into the search box filters the list. On a phone the tap
    // focuses the hidden input that raises the on-screen keyboard.
    const field = (await state()).search_field;
    if (field) {
      const query = 'laos';
      if (vp.hasTouch) {
        await page.touchscreen.tap(field[0], field[1]);
        const focused = await page.evaluate(() => document.activeElement && document.activeElement.tagName);
        check(focused === 'TEXTAREA', `${tag}: tapping the search box focuses the keyboard's text box (${focused})`);
      } else {
        await page.mouse.click(field[0], field[1]);
      }
      await page.keyboard.type(query, { delay: 30 });
      try {
        await page.waitForFunction((q) => window.accord.state().filter === q, query, { timeout: 5000 });
      } catch { /* reported below */ }
      const filtered = await state();
      check(filtered.filter === query && filtered.visible_events > 0 && filtered.visible_events < filtered.events,
        `${tag}: typing "${query}" filters the timeline (filter "${filtered.filter}", ${filtered.visible_events} of ${filtered.events})`);
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-search.png`) });
    } else {
      check(false, `${tag}: the search box's position is reported`);
    }

    // Resizing the window redraws at the new size and switches layout.
    if (!vp.isMobile) {
      await page.setViewportSize({ width: 700, height: 600 });
      try {
        await page.waitForFunction(() => window.accord.state().width === 700, null, { timeout: 5000 });
      } catch { /* reported below */ }
      const resized = await state();
      check(resized.width === 700 && resized.height === 600 && resized.layout === 'narrow',
        `${tag}: follows a resize to 700x600 (${resized.width}x${resized.height}, ${resized.layout} layout)`);
      await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-resized.png`) });
    }

    check(problems.length === 0, `${tag}: no console errors, page errors or failed requests${problems.length ? ': ' + problems.join('; ') : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
