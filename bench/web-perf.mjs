// Web figures, printed (not asserted): the bundle's total gzipped size,
// time to first frame in headless Chromium on localhost, and the CPU the
// open page uses over 10 s without input (CDP Performance metrics).
//   node bench/web-perf.mjs             (after ./build-wasm.sh)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { dist, launchChromium, serveDist } from '../tests/browser/harness.mjs';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('web-perf: dist/web is missing: run ./build-wasm.sh first');
  process.exit(2);
}
let raw = 0;
let gzipped = 0;
for (const name of fs.readdirSync(dist)) {
  const bytes = fs.readFileSync(path.join(dist, name));
  raw += bytes.length;
  gzipped += zlib.gzipSync(bytes, { level: 9 }).length;
}
console.log(`bundle: ${(gzipped / 1e6).toFixed(2)} MB gzipped (${(raw / 1e6).toFixed(2)} MB raw), ${fs.readdirSync(dist).length} files`);

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
try {
  const firstFrames = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.accord && window.accord.state().frames > 0, null, { timeout: 60000 });
    const s = await page.evaluate(() => window.accord.state());
    firstFrames.push({ wall: Date.now() - started, page: s.first_frame_ms });
    if (run < 2) await context.close();
    else {
      // Idle: no input for 10 s; CPU time the page's renderer spent meanwhile.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.waitForTimeout(2000);  // settle after start-up
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metric();
      const framesBefore = (await page.evaluate(() => window.accord.state())).frames;
      await page.waitForTimeout(10000);
      const after = await metric();
      const framesAfter = (await page.evaluate(() => window.accord.state())).frames;
      const busy = (after.TaskDuration - before.TaskDuration) + 0;
      const script = after.ScriptDuration - before.ScriptDuration;
      console.log(`idle page over 10 s: main thread busy ${(busy * 1000).toFixed(0)} ms (${(busy * 10).toFixed(2)}% of one core), ` +
        `script ${(script * 1000).toFixed(0)} ms, app frames drawn ${framesAfter - framesBefore}`);
      await context.close();
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`time to first frame (shipped dataset, 3 fresh pages): median ${med(firstFrames.map((f) => f.page)).toFixed(0)} ms ` +
    `after navigation start (the page's performance.now()), ${med(firstFrames.map((f) => f.wall))} ms as seen by the test; ` +
    `runs: ${firstFrames.map((f) => Math.round(f.page)).join(', ')} ms`);
} finally {
  await browser.close();
  server.close();
}
