// Opens a dataset file in the web app (headless Chromium, ?large=FILE) and
// prints how long it took to load (download included), the longest gap
// between two animation frames while loading (what a user would feel as a
// freeze) and the phase it happened in, and the memory used: the wasm heap
// and the JS heap. Then the views' tallies and each view opened in turn,
// with their gaps too. Asserts nothing.
//   node bench/web-load.mjs FILE         (after ./build-wasm.sh)
import fs from 'node:fs';
import path from 'node:path';

import { launchChromium, serveDist } from '../tests/browser/harness.mjs';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('usage: node bench/web-load.mjs FILE');
  process.exit(2);
}
const name = 'bench-data' + path.extname(file);
const { server, baseUrl } = await serveDist({ [name]: path.resolve(file) });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('crash', () => errors.push('the page crashed (out of memory?)'));
  // Every animation frame's time, from the start, to find the longest gap,
  // and what the app was doing at that frame (its load phase; "data
  // arrived" once loading ended: the rebuild and the views' first frames).
  await page.addInitScript(() => {
    window.__frameTimes = [];
    window.__framePhases = [];
    const phaseNow = () => {
      try {
        const s = window.accord && window.accord.state();
        if (!s || s.ready === false) return 'before the app started (download, copy into the file system)';
        if (s.loading) return s.load_phase || 'loading';
        if (window.__opening) return window.__opening;
        if (s.tallies_current === false) return 'tallying events';
        return s.data_version > 0 && s.events > 0 ? 'data arrived (rebuild, first frames)' : 'starting';
      } catch (e) {
        return 'before the app started (download, copy into the file system)';
      }
    };
    const tick = (t) => {
      window.__frameTimes.push(t);
      window.__framePhases.push(phaseNow());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto(`${baseUrl}?large=${name}`);
  let peakWasm = 0;
  let state = null;
  const deadline = started + 15 * 60 * 1000;
  while (Date.now() < deadline) {
    state = await page.evaluate(() => (window.accord && window.Module && Module.HEAPU8 ? window.accord.state() : null))
      .catch(() => null);
    peakWasm = Math.max(peakWasm, await page.evaluate(() => (window.Module && Module.HEAPU8 ? Module.HEAPU8.length : 0)).catch(() => 0));
    if (state && !state.loading && state.data_version > 0 && state.events > 0) break;
    if (errors.length) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const seconds = (Date.now() - started) / 1000;
  // Then the views' tallies (in slices between frames), and each view
  // opened once they are done.
  const tallyStarted = Date.now();
  while (state && !errors.length && Date.now() < deadline) {
    state = await page.evaluate(() => window.accord.state()).catch(() => null);
    if (state && state.tallies_current) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const tallySeconds = (Date.now() - tallyStarted) / 1000;
  for (const view of ['partners', 'outcomes', 'agreements', 'people', 'timeline']) {
    if (!state || errors.length) break;
    const rect = state.widgets[`tab:${view}`];
    if (!rect) continue;
    await page.evaluate((v) => { window.__opening = `opening ${v}`; }, view);
    await page.mouse.click(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => { window.__opening = ''; });
    state = await page.evaluate(() => window.accord.state()).catch(() => null);
  }
  const gaps = await page.evaluate(() => {
    const t = window.__frameTimes;
    const p = window.__framePhases;
    let longest = 0, at = 1;
    for (let i = 1; i < t.length; i++) if (t[i] - t[i - 1] > longest) { longest = t[i] - t[i - 1]; at = i; }
    // The longest gap of each phase (named by the frame before the gap).
    const byPhase = {};
    for (let i = 1; i < t.length; i++) byPhase[p[i - 1]] = Math.max(byPhase[p[i - 1]] || 0, t[i] - t[i - 1]);
    return { longest, frames: t.length, before: p[at - 1] || '', after: p[at] || '', byPhase };
  });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const jsHeap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
  const mb = (b) => Math.round(b / 1e6);
  if (!state || state.loading || errors.length) {
    console.log(`  ${path.basename(file)}: did not finish loading in the browser after ${seconds.toFixed(0)} s` +
      (errors.length ? ` (page error: ${errors[0]})` : ''));
  } else {
    console.log(`  ${path.basename(file)}: ${state.events} events loaded in ${seconds.toFixed(1)} s (download included); ` +
      `longest gap between frames ${Math.round(gaps.longest)} ms over ${gaps.frames} frames ` +
      `(after "${gaps.before}", before "${gaps.after}"); ` +
      `wasm memory ${mb(peakWasm)} MB, JS heap ${mb(jsHeap || metrics.JSHeapUsedSize || 0)} MB`);
    console.log(`  then the views' tallies: ${tallySeconds.toFixed(1)} s in slices of at most ${state.tallies_slowest_poll_ms.toFixed(1)} ms ("${state.tallies_slowest_poll_phase}")`);
    console.log(`  slowest load step ${state.load_slowest_step.ms.toFixed(0)} ms ("${state.load_slowest_step.phase}"); ` +
      `rebuild after the load ${state.rebuild_ms.toFixed(0)} ms; ` +
      `the app's longest frame of work ${state.slowest_frame.ms.toFixed(0)} ms ("${state.slowest_frame.phase}")`);
    // A gap much longer than the app's own frame is the browser's (or the
    // machine's): the app cannot slice it.
    console.log('  per phase: longest gap between frames / the app\'s longest frame of work in it:');
    const work = state.slowest_frame_by_phase || {};
    for (const [phase, ms] of Object.entries(gaps.byPhase).sort((a, b) => b[1] - a[1])) {
      // The app's name for it.
      const key = phase.startsWith('opening') ? `showing ${phase.slice(8)}`
        : phase.startsWith('data arrived') ? 'showing timeline' : phase;
      const own = key in work ? `${String(Math.round(work[key])).padStart(6)} ms` : '       -';
      console.log(`    ${String(Math.round(ms)).padStart(6)} ms / ${own}  ${phase}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
