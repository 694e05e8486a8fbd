// The web app on a large synthetic dataset (50,000 events as a binary
// snapshot, written by `accord synth`, opened with ?large=): it loads in
// slices while drawing, then a partner chip and a typed search filter it,
// and every count must equal what the CLI (`accord events`) answers over
// the same file; then the Partners matrix, tallied between frames.
// Behaviour only: no timing is asserted.
//   node tests/browser/large.mjs path/to/accord BUILD_DIR     (after ./build-wasm.sh)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, dist, launchChromium, serveDist, tally } from './harness.mjs';

const [cli, buildDir] = process.argv.slice(2);
const events = 50000;
const { check, failure, finish } = tally('browser-large');
if (!cli || !buildDir || !fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('browser-large: needs the accord CLI, a build folder and dist/web (./build-wasm.sh)');
  failure();
  finish();
}
const data = path.join(buildDir, `large-${events}.snap`);
// Written again when the CLI is newer: a snapshot of an older format is refused.
if (!fs.existsSync(data) || fs.statSync(data).mtimeMs < fs.statSync(cli).mtimeMs)
  execFileSync(cli, ['synth', String(events), '--seed', '3', '--format', 'snapshot', '--out', data, '--force']);
// How many events the CLI finds with these options.
const cliCount = (...args) =>
  execFileSync(cli, ['--data', data, 'events', '--format', 'csv', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    .split('\n').slice(1).filter((l) => l.length > 0).length;

const { server, baseUrl } = await serveDist({ 'large.snap': data });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const state = () => page.evaluate(() => window.accord.state());
  const until = (fn, arg, timeout = 15000) => page.waitForFunction(fn, arg, { timeout, polling: 100 })
    .then(() => true, () => false);
  const tap = async (name) => {
    await until((n) => !!window.accord.state().widgets[n], name);
    const [x, y, w, h] = (await state()).widgets[name];
    await page.mouse.click(x + w / 2, y + h / 2);
  };

  await page.goto(`${baseUrl}?large=large.snap`);
  const sawProgress = await until(() => window.Module && Module.HEAPU8 && window.accord.state().loading, null, 60000);
  check(sawProgress, 'the page draws (a progress bar) while the data loads');
  const loaded = await until((n) => { const s = window.accord.state(); return !s.loading && s.events === n; }, events, 90000);
  check(loaded, `all ${events} events loaded in slices${errors.length ? ` (page error: ${errors[0]})` : ''}`);
  if (!loaded) finish();

  const s0 = await state();
  const khm = cliCount('--partner', 'KHM');
  check(s0.facet_counts.partners.KHM === khm, `the Cambodia chip counts ${s0.facet_counts.partners.KHM}, the CLI ${khm}`);

  await tap('filter:partner:LAO');
  const lao = cliCount('--partner', 'LAO');
  check(await until((n) => window.accord.state().visible_events === n, lao),
    `the Laos chip shows ${(await state()).visible_events} events, the CLI ${lao}`);

  // The search: the address holds it, as a shared link would.
  await page.evaluate(() => { location.hash = '#/timeline?partner=LAO&q=ha%20noi'; });
  const both = cliCount('--partner', 'LAO', '--text', 'ha noi');
  check(await until((n) => { const s = window.accord.state(); return s.filter === 'ha noi' && s.visible_events === n; }, both),
    `Laos + "ha noi" shows ${(await state()).visible_events} events, the CLI ${both}`);
  const khmText = cliCount('--partner', 'KHM', '--text', 'ha noi');
  check((await state()).facet_counts.partners.KHM === khmText,
    `with the search, the Cambodia chip counts ${(await state()).facet_counts.partners.KHM}, the CLI ${khmText}`);

  await tap('filter:clear');
  check(await until((n) => window.accord.state().visible_events === n, events), `Clear filters brings back all ${events} events`);

  // The views' tallies ran in slices between frames after the load, and the
  // Partners matrix counts what the CLI counts: its Laos x drugs cell opens
  // the timeline on exactly those events.
  const tallied = await until(() => {
    const s = window.accord.state();
    return s.tallies_current && 'tallying events' in s.slowest_frame_by_phase;
  }, null, 30000);
  check(tallied, `the views' tallies were made between frames (slices of ${(await state()).tallies_slowest_poll_ms.toFixed(1)} ms at most)`);
  await tap('tab:partners');
  await until(() => !!window.accord.state().widgets['matrix:LAO:drugs'], null);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `browser-large-${events}-partners.png`) });
  await tap('matrix:LAO:drugs');
  const laoDrugs = cliCount('--partner', 'LAO', '--topic', 'drugs');
  check(await until((n) => { const s = window.accord.state(); return s.view === 'timeline' && s.visible_events === n; }, laoDrugs),
    `the matrix's Laos x drugs cell opens ${(await state()).visible_events} events, the CLI ${laoDrugs}`);
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors[0]}` : ''}`);
} finally {
  await browser.close();
  server.close();
}
finish();
