// The Trends and Network views in the web build, at desktop and phone
// sizes: a link opens each with its options, a tap on a trends row filters
// the timeline, a drag pans the network and a tap on a ranked row opens
// its page, two fingers zoom on a phone; no console errors; the page idles once the layout is done.
//   node tests/browser/analysis.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-*-trends.png and -network.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, dist, launchChromium, serveDist, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser_analysis');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser_analysis: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const { server, baseUrl } = await serveDist();
const viewports = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
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
    const state = () => page.evaluate(() => window.accord.state());
    const tag = `${vp.name} ${vp.width}x${vp.height}`;
    // The centre of a named widget, in page pixels.
    const centre = (s, name) => {
      const r = s.widgets[name];
      return r ? [r[0] + r[2] / 2, r[1] + r[3] / 2] : null;
    };
    const tap = async (xy) => {
      if (vp.hasTouch) await page.touchscreen.tap(xy[0], xy[1]); else await page.mouse.click(xy[0], xy[1]);
    };
    const waitFor = async (fn, arg) => {
      try { await page.waitForFunction(fn, arg, { timeout: 8000 }); } catch { /* the check below says what */ }
    };

    // Trends by year: the link's options, a row per partner.
    await page.goto(baseUrl + '#/trends?by=partner&period=year');
    await waitFor(() => window.accord && window.accord.state().view === 'trends' &&
      window.accord.state().widgets['trends:row:LAO'] !== undefined);
    let s = await state();
    check(s.view === 'trends' && s.hash === '#/trends?by=partner&period=year',
      `${tag}: a link opens Trends with its options (${s.view}, ${s.hash})`);
    check(s.notices.length === 0, `${tag}: no notices (${s.notices.join('; ')})`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-trends.png`) });
    const row = centre(s, 'trends:row:LAO');
    check(row !== null, `${tag}: Laos has a row`);
    if (row) {
      await tap(row);
      await waitFor(() => window.accord.state().view === 'timeline');
      s = await state();
      check(s.view === 'timeline' && s.hash.includes('partner=LAO'),
        `${tag}: tapping Laos's row filters the timeline (${s.hash})`);
    }

    // Network: the measure in the link, a ranked row opens its page.
    await page.goto(baseUrl + '#/network?measure=betweenness');
    await waitFor(() => window.accord.state().view === 'network' &&
      window.accord.state().widgets['network:rank:country:LAO'] !== undefined);
    s = await state();
    check(s.view === 'network' && s.hash === '#/network?measure=betweenness',
      `${tag}: a link opens Network with its measure (${s.hash})`);
    // The layout runs a few iterations a frame (25 frames, a few seconds of
    // software WebGL), then the page idles: a second with no frame.
    const drawnAt = Date.now();
    let idle = false;
    let frames = (await state()).frames;
    while (!idle && Date.now() - drawnAt < 15000) {
      await page.waitForTimeout(1000);
      const now = (await state()).frames;
      idle = now === frames;
      frames = now;
    }
    check(idle, `${tag}: idle once laid out (${frames} frames; ${Date.now() - drawnAt} ms)`);
    await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-network.png`) });

    s = await state();
    const vnm = s.widgets['network:node:country:VNM'];
    const canvas = centre(s, 'network:canvas');
    if (vnm && canvas && !vp.hasTouch) {  // a mouse drag pans (touch drags go through the same ImGui input)
      await page.mouse.move(canvas[0], canvas[1]);
      await page.mouse.down();
      for (let k = 1; k <= 5; k++) await page.mouse.move(canvas[0] + 8 * k, canvas[1] + 6 * k);
      await page.mouse.up();
      await page.waitForTimeout(300);
      const moved = (await state()).widgets['network:node:country:VNM'];
      // The pan follows the pointer; the first move may land in the frame
      // that sees the press (then it is not part of the drag), so between
      // half and all of the 40 x 30 px drag, in its direction.
      const dx = moved ? moved[0] - vnm[0] : 0;
      const dy = moved ? moved[1] - vnm[1] : 0;
      check(moved && dx >= 20 && dx <= 41 && dy >= 15 && dy <= 31 && Math.abs(dx * 30 - dy * 40) < 40 * 2,
        `${tag}: a drag pans the network (${vnm.slice(0, 2)} -> ${moved && moved.slice(0, 2)})`);
      check((await state()).view === 'network', `${tag}: a drag opens nothing`);
    }
    if (vnm && canvas && vp.hasTouch) {
      // Two fingers spread from 80 to 160 px apart about the canvas's centre:
      // the network doubles about that point (the DevTools protocol's touch
      // events, as a phone's browser sends them).
      const cdp = await context.newCDPSession(page);
      const fingers = (half) => [{ x: canvas[0] - half, y: canvas[1], id: 1 }, { x: canvas[0] + half, y: canvas[1], id: 2 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
      for (let k = 1; k <= 8; k++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(40 + 5 * k) });
        await page.waitForTimeout(30);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
      await page.waitForTimeout(400);
      const after = await state();
      // A node 30-100 px from the fingers: far enough to measure, near enough to stay on the canvas.
      const offset = (r) => [r[0] + r[2] / 2 - canvas[0], r[1] + r[3] / 2 - canvas[1]];
      const [probe] = Object.entries(s.widgets).filter(([n, r]) => n.startsWith('network:node:') &&
        Math.hypot(...offset(r)) >= 30 && Math.hypot(...offset(r)) <= 100).sort((a, b) => Math.hypot(...offset(b[1])) - Math.hypot(...offset(a[1])));
      const probeName = probe ? probe[0] : 'network:node:country:VNM';
      const zoomed = after.widgets[probeName];
      const from = offset(s.widgets[probeName] || vnm);
      const to = zoomed ? [zoomed[0] + zoomed[2] / 2 - canvas[0], zoomed[1] + zoomed[3] / 2 - canvas[1]] : [0, 0];
      const ratio = Math.hypot(...to) / Math.max(Math.hypot(...from), 1);
      check(zoomed && ratio > 1.6 && ratio < 2.4,
        `${tag}: a pinch zooms about the fingers (${probeName} ${Math.hypot(...from).toFixed(0)} -> ${Math.hypot(...to).toFixed(0)} px from them, x${ratio.toFixed(2)})`);
      check(after.view === 'network', `${tag}: a pinch opens nothing`);
      await page.screenshot({ path: path.join(artifacts, `browser-${vp.name}-network-pinched.png`) });
    }
    const rank = centre(await state(), 'network:rank:country:LAO');
    check(rank !== null, `${tag}: Laos is in the ranked list`);
    if (rank) {
      await tap(rank);
      await waitFor(() => window.accord.state().view === 'timeline');
      s = await state();
      check(s.view === 'timeline' && s.hash.includes('partner=LAO'), `${tag}: tapping Laos's row opens its timeline (${s.hash})`);
    }
    check(problems.length === 0, `${tag}: no console or page errors${problems.length ? ': ' + problems.join('; ') : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
