// What the browser tests share: a static server for dist/web under a
// sub-path (which proves the shell uses relative URLs only) and Debian's
// Chromium launched with the flags that work on these machines.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist/web');
export const artifacts = path.join(root, 'test-artifacts');
export const subPath = '/atlas/';

const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

// Serves dist/web on a free localhost port. `served()` counts requests,
// so a test can tell whether an offline reload reached the server.
// `extraFiles` maps more names under the sub-path to files elsewhere (a
// large synthetic dataset in the build folder). `dir` serves another
// bundle instead (a site accord publish wrote).
export async function serveDist(extraFiles = {}, dir = dist) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const url = new URL(req.url, 'http://localhost');
    let rel = url.pathname.startsWith(subPath) ? url.pathname.slice(subPath.length) : null;
    if (rel === '') rel = 'index.html';
    if (rel && Object.hasOwn(extraFiles, rel)) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      fs.createReadStream(extraFiles[rel]).pipe(res);
      return;
    }
    const file = rel && path.join(dir, path.normalize(rel));
    if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypes[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    baseUrl: `http://127.0.0.1:${server.address().port}${subPath}`,
    served: () => requests,
  };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic',
      // English unless a context asks for a locale (languages.mjs): the
      // tests read English labels whatever the machine's language.
      '--lang=en-US'],
  });
}

// A test's tally: check(ok, what) prints and counts a result, failure()
// counts one with no line of its own, step(what, fn) runs a part of the
// test and counts what it throws as a failure (the next part still runs),
// finish() prints the totals and exits.
export function tally(label) {
  let passed = 0;
  let failed = 0;
  const check = (ok, what) => {
    if (ok) passed++; else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} - ${what}`);
    return ok;
  };
  return {
    check,
    failure() { failed++; },
    async step(what, fn) {
      try {
        await fn();
      } catch (err) {
        check(false, `${what}: ${err.message.split('\n')[0]}`);
      }
    },
    finish() {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}

// The two sizes most tests run at: a desktop with a mouse and a phone
// (3x pixels, touch).
export const desktopAndPhone = [
  { size: '1280x800', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { size: '390x844', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
];

// A finger's swipe from (x, y) by (dx, dy), in steps, through the DevTools
// protocol: what a phone's browser sends.
export async function swipe(page, x, y, dx, dy) {
  const cdp = await page.context().newCDPSession(page);
  const point = (k) => [{ x: x + (dx * k) / 8, y: y + (dy * k) / 8 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (let k = 1; k <= 8; k++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(k) });
    await page.waitForTimeout(20);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// A browser context of that size.
export function newContext(browser, vp) {
  return browser.newContext({
    viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.deviceScaleFactor,
    isMobile: vp.isMobile, hasTouch: vp.hasTouch,
  });
}

// A user of the app in one page, driven through what the test hook
// (window.accord.state()) says is drawn where. Page errors and console
// errors are collected in `problems`. Screenshots are written to
// test-artifacts/browser-<size>-<shotPrefix>-<name>.png.
export class User {
  constructor(page, vp, { shotPrefix, widgetTimeout = 5000 } = {}) {
    this.page = page;
    this.vp = vp;
    this.shotPrefix = shotPrefix;
    this.widgetTimeout = widgetTimeout;
    this.problems = [];
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') this.problems.push(`console error: ${msg.text()}`); });
  }
  state() { return this.page.evaluate(() => window.accord.state()); }
  async started() {
    await this.page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
    await this.settle();
  }
  // Waits until the app stops drawing new frames (it sleeps when idle), 4 s at most.
  async settle() {
    let last = -1;
    for (let i = 0; i < 40; i++) {
      const frames = (await this.state()).frames;
      if (frames === last) return;
      last = frames;
      await this.page.waitForTimeout(100);
    }
  }
  // Waits until fn(state) holds (fn is source text over `s`); false on a timeout.
  async until(fn, timeout = 8000) {
    try {
      await this.page.waitForFunction((src) => new Function('s', 'return ' + src)(window.accord.state()), fn, { timeout });
      await this.settle();
      return true;
    } catch {
      return false;
    }
  }
  // Where a widget is drawn ({x, y, w, h, cx, cy}), or null when it is not.
  async widget(name, timeout = this.widgetTimeout) {
    if (!(await this.until(`!!(s.widgets || {})[${JSON.stringify(name)}]`, timeout))) return null;
    const [x, y, w, h] = (await this.state()).widgets[name];
    return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
  }
  // The same, or an error naming what is drawn instead.
  async drawn(name) {
    const r = await this.widget(name);
    if (r) return r;
    const seen = Object.keys((await this.state()).widgets || {});
    throw new Error(`widget "${name}" was never drawn (${seen.slice(0, 30).join(', ')})`);
  }
  // Wheels the page under the widget until its centre is on screen.
  async reveal(name) {
    let r = await this.drawn(name);
    for (let i = 0; i < 40 && (r.cy > this.vp.height - 8 || r.cy < 8); i++) {
      await this.page.mouse.move(Math.min(Math.max(r.cx, 4), this.vp.width - 4), this.vp.height * 0.6);
      await this.page.mouse.wheel(0, r.cy > this.vp.height ? 240 : -240);
      await this.page.waitForTimeout(60);
      await this.settle();
      r = await this.drawn(name);
    }
    return r;
  }
  // A tap on a phone, a click on a desktop, at the widget's centre.
  async tap(name) {
    const r = await this.reveal(name);
    if (this.vp.hasTouch) await this.page.touchscreen.tap(r.cx, r.cy);
    else await this.page.mouse.click(r.cx, r.cy);
    await this.page.waitForTimeout(80);
    await this.settle();
  }
  async type(text) {
    await this.page.keyboard.type(text, { delay: 30 });
    await this.page.waitForTimeout(80);
    await this.settle();
  }
  // A paste as the browser delivers it: a ClipboardEvent with text/plain.
  async paste(text) {
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
    await this.page.waitForTimeout(100);
    await this.settle();
  }
  async openHash(hash) {
    await this.page.evaluate((h) => { location.hash = h; }, hash);
    await this.until(`s.hash.startsWith(${JSON.stringify(hash.split('?')[0])})`);
  }
  focusedInput() { return this.page.evaluate(() => document.activeElement && document.activeElement.tagName); }
  async shot(name) {
    await this.settle();
    await this.page.screenshot({ path: path.join(artifacts, `browser-${this.vp.size}-${this.shotPrefix}-${name}.png`) });
  }
}
