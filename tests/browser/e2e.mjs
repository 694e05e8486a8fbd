// End-to-end tests of the web build (dist/web) in headless Chromium, acting
// like a user at 1280x800 (mouse) and at 390x844 (a phone: 3x pixels,
// touch). Widgets are found through the test hook: window.accord.state()
// reports the rectangle of each named widget drawn in the last frame; the
// test clicks or taps its centre and checks the result through the same
// hook. Covers: filters and the URL hash, opening an event, following a
// link to a person, browser Back and Forward, "Copy link" and opening the
// copied link in a fresh browser, every view, a nonsense link (timeline +
// notice, no error), settings (dark theme, text size) surviving a reload,
// and starting offline through the service worker.
//   node tests/browser/e2e.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-<view>.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, dist, launchChromium, root, serveDist, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser-e2e');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-e2e: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
const dataset = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));

const { server, baseUrl, served } = await serveDist();

const viewports = [
  { size: '1280x800', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { size: '390x844', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
];

const browser = await launchChromium();

// A page with its problems (console errors, page errors, failed requests)
// and helpers that act like a user.
class User {
  constructor(context, page, vp) {
    this.context = context;
    this.page = page;
    this.vp = vp;
    this.problems = [];
    this.offline = false;
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !this.offline) this.problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => { if (!this.offline) this.problems.push(`request failed: ${req.url()}`); });
    page.on('response', (res) => { if (res.status() >= 400) this.problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  }

  static async open(vp, url, context) {
    context = context || await browser.newContext({
      viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.deviceScaleFactor,
      isMobile: vp.isMobile, hasTouch: vp.hasTouch,
    });
    const user = new User(context, await context.newPage(), vp);
    await user.goto(url);
    return user;
  }

  async goto(url) {
    await this.page.goto(url);
    await this.waitStarted();
  }

  async waitStarted() {
    await this.page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
    await this.settle();
  }

  state() { return this.page.evaluate(() => window.accord.state()); }

  // Waits until the app drew its frames and stopped (it idles when done).
  async settle() {
    let last = -1;
    for (let i = 0; i < 40; i++) {
      const frames = (await this.state()).frames;
      if (frames === last) return;
      last = frames;
      await this.page.waitForTimeout(100);
    }
  }

  async waitFor(predicate, arg, what, timeout = 5000) {
    try {
      await this.page.waitForFunction(predicate, arg, { timeout });
      await this.settle();
      return true;
    } catch {
      return false;
    }
  }

  // The rectangle of a named widget; waits for it to be drawn. A name may
  // end in '*' (the first widget with that prefix); an array of names takes
  // the first that is drawn.
  async widget(names, timeout = 5000) {
    names = [].concat(names);
    const pick = (widgets, list) => {
      for (const n of list) {
        const key = n.endsWith('*') ? Object.keys(widgets).sort().find((k) => k.startsWith(n.slice(0, -1))) : (widgets[n] ? n : null);
        if (key) return key;
      }
      return null;
    };
    await this.waitFor(([list, pickSource]) => {
      // eslint-disable-next-line no-new-func
      return !!new Function('return ' + pickSource)()(window.accord.state().widgets || {}, list);
    }, [names, pick.toString()], names.join(' or '), timeout);
    const widgets = (await this.state()).widgets || {};
    const key = pick(widgets, names);
    if (!key) {
      const seen = Object.keys(widgets);
      throw new Error(`widget ${names.map((n) => `"${n}"`).join(' or ')} was never drawn (widgets in the last frame: ${seen.slice(0, 25).join(', ') || 'none'}${seen.length > 25 ? ', ...' : ''})`);
    }
    const [x, y, w, h] = widgets[key];
    return { name: key, x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
  }

  // Scrolls the widget into the viewport (mouse wheel over it) if needed.
  async reveal(name) {
    let r = await this.widget(name);
    for (let i = 0; i < 30 && (r.cy > this.vp.height - 8 || r.cy < 8); i++) {
      const x = Math.min(Math.max(r.cx, 4), this.vp.width - 4);
      await this.page.mouse.move(x, this.vp.height * 0.6);
      await this.page.mouse.wheel(0, r.cy > this.vp.height ? 240 : -240);
      await this.page.waitForTimeout(60);
      await this.settle();
      r = await this.widget(r.name);
    }
    return r;
  }

  // Clicks (desktop) or taps (phone) the centre of a named widget, then
  // waits until the app has drawn the result (unless settle is false).
  async tap(name, { settle = true } = {}) {
    const r = await this.reveal(name);
    if (this.vp.hasTouch) await this.page.touchscreen.tap(r.cx, r.cy);
    else await this.page.mouse.click(r.cx, r.cy);
    await this.page.waitForTimeout(settle ? 50 : 150);
    if (settle) await this.settle();
    return r;
  }

  async shot(view, { settle = true } = {}) {
    if (settle) await this.settle();
    const file = path.join(artifacts, `browser-${this.vp.size}-${view}.png`);
    await this.page.screenshot({ path: file });
    return path.relative(root, file);
  }
}

// Runs one step; an exception (a widget that never appeared) is a failure
// with its message, and the steps after it still run.
async function step(what, fn) {
  try {
    await fn();
  } catch (err) {
    check(false, `${what}: ${err.message.split('\n')[0]}`);
  }
}

const partner = (dataset.countries.find((c) => c.id !== dataset.home_country) || dataset.countries[0]).id;

try {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const vp of viewports) {
    const tag = vp.size;
    const phone = vp.hasTouch;
    const user = await User.open(vp, baseUrl);
    const { page, context } = user;
    let s = await user.state();
    check(s.view === 'timeline' && s.events === dataset.events.length,
      `${tag}: opens on the timeline with all ${dataset.events.length} events (${s.view}, ${s.events})`);
    console.log(`     ${tag}: first frame at ${Math.round(s.first_frame_ms)} ms`);
    await user.shot('timeline');

    // --- a filter ----------------------------------------------------------
    let filteredHash = null;
    await step(`${tag}: tap the ${partner} filter`, async () => {
      if (phone) {
        const widgets = (await user.state()).widgets || {};
        if (!widgets[`filter:partner:${partner}`]) await user.tap('filters:toggle');
      }
      await user.tap(`filter:partner:${partner}`);
      s = await user.state();
      check(s.visible_events > 0 && s.visible_events < s.events && s.hash.includes(`partner=${partner}`),
        `${tag}: tapping the ${partner} filter narrows the timeline (${s.visible_events} of ${s.events}) and the link (${s.hash})`);
      check(page.url().endsWith(s.hash), `${tag}: the address bar follows (${page.url().slice(baseUrl.length)})`);
      filteredHash = s.hash;
      await user.shot('filtered');
      if (phone && (await user.state()).widgets['filters:toggle'] && !(await user.state()).widgets['row:event:*'])
        await user.tap('filters:toggle');  // closes the filter panel again
    });

    // --- open an event ------------------------------------------------------
    let eventId = null;
    let eventHash = null;
    await step(`${tag}: open an event`, async () => {
      // A row whose event has participants, so its detail links to people.
      await user.widget('row:event:*');
      const rows = Object.keys((await user.state()).widgets).filter((k) => k.startsWith('row:event:'));
      const withPeople = rows.find((k) => {
        const e = dataset.events.find((ev) => ev.id === k.slice('row:event:'.length));
        return e && (e.participants || []).length > 0;
      }) || rows[0];
      const row = await user.tap(withPeople);
      eventId = row.name.slice('row:event:'.length);
      const ok = await user.waitFor((id) => window.accord.state().selected === id, eventId);
      s = await user.state();
      check(ok && s.view === 'event' && s.selected === eventId,
        `${tag}: tapping a row opens the event (view ${s.view}, selected ${s.selected})`);
      check(filteredHash === null || s.hash.includes(`partner=${partner}`), `${tag}: the filter stays in the link (${s.hash})`);
      eventHash = s.hash;
      await user.shot('event');
    });

    // --- follow a link from the detail to a person ---------------------------
    let personId = null;
    await step(`${tag}: follow a link to a person`, async () => {
      const link = await user.tap('link:person:*');
      personId = link.name.slice('link:person:'.length);
      const ok = await user.waitFor((id) => window.accord.state().view === 'person', personId);
      s = await user.state();
      check(ok && s.selected === personId, `${tag}: the person link opens the person (view ${s.view}, selected ${s.selected})`);
      await user.shot('person');

      // Browser Back returns to the event, Forward to the person.
      await page.goBack();
      const back = await user.waitFor((id) => window.accord.state().selected === id, eventId);
      s = await user.state();
      check(back && s.view === 'event' && s.hash === eventHash,
        `${tag}: Back returns to the event (view ${s.view}, ${s.hash})`);
      await page.goForward();
      const fwd = await user.waitFor((id) => window.accord.state().selected === id, personId);
      s = await user.state();
      check(fwd && s.view === 'person', `${tag}: Forward goes to the person again (view ${s.view})`);
      await page.goBack();
      await user.waitFor((id) => window.accord.state().selected === id, eventId);
    });

    // --- Copy link, then open it in a fresh browser ----------------------------
    await step(`${tag}: copy link and open it in a fresh browser`, async () => {
      const before = await user.state();
      await user.tap('share', { settle: false });
      s = await user.state();
      const copied = s.copied_link || '';
      check(copied.startsWith(baseUrl) && copied.endsWith(before.hash),
        `${tag}: "Copy link" copies the page's address with the view (${copied.slice(baseUrl.length)})`);
      check(!!s.widgets.toast, `${tag}: "Link copied" is shown`);
      await user.shot('link-copied', { settle: false });
      // The toast fades, then the app stops drawing.
      await page.waitForTimeout(2000);
      await user.settle();
      const f0 = (await user.state()).frames;
      await page.waitForTimeout(800);
      const after = await user.state();
      check(!after.widgets.toast && after.frames === f0, `${tag}: the toast goes and drawing stops (${f0} -> ${after.frames} frames)`);

      // A fresh browser (new context: no history, no storage) opens the link.
      const fresh = await User.open(vp, copied || baseUrl + before.hash);
      const t = await fresh.state();
      check(t.hash === before.hash && t.view === before.view && t.selected === before.selected &&
        t.visible_events === before.visible_events,
        `${tag}: the copied link opens the same view in a fresh browser (${t.view}, ${t.selected}, ${t.visible_events} events, ${t.hash})`);
      check(t.notices.length === 0 && !t.can_go_back, `${tag}: no notice and no Back entry in the fresh page`);
      check(fresh.problems.length === 0, `${tag}: the fresh page has no errors${fresh.problems.length ? ': ' + fresh.problems.join('; ') : ''}`);
      await fresh.context.close();
    });

    // --- every view -----------------------------------------------------------
    for (const view of ['agreements', 'people', 'partners', 'outcomes', 'timeline']) {
      await step(`${tag}: the ${view} tab`, async () => {
        await user.tap(`tab:${view}`);
        const ok = await user.waitFor((v) => window.accord.state().view === v, view);
        s = await user.state();
        check(ok, `${tag}: the ${view} tab shows ${view} (view ${s.view}, ${s.hash})`);
        if (view !== 'timeline') await user.shot(view);
        if (view === 'agreements') {
          await user.tap(['row:agreement:*', 'link:agreement:*']);
          const open = await user.waitFor(() => window.accord.state().view === 'agreement', null);
          s = await user.state();
          check(open && !!s.selected, `${tag}: an agreement opens (view ${s.view}, ${s.selected})`);
          await user.shot('agreement');
        }
      });
    }

    // --- a link that makes no sense -------------------------------------------
    await step(`${tag}: a nonsense link`, async () => {
      const bad = await User.open(vp, baseUrl + '#/nowhere?x=1');
      const t = await bad.state();
      check(t.view === 'timeline' && t.notices.length > 0,
        `${tag}: #/nowhere?x=1 shows the timeline with a notice (${t.view}: "${t.notices.join('; ')}")`);
      check(bad.page.url().endsWith('#/timeline'), `${tag}: the address is corrected (${bad.page.url().slice(baseUrl.length)})`);
      await bad.widget('notice');
      await bad.shot('notice');
      await bad.tap('notice:dismiss');
      check((await bad.state()).notices.length === 0, `${tag}: the notice can be dismissed`);
      check(bad.problems.length === 0, `${tag}: no console errors for a nonsense link${bad.problems.length ? ': ' + bad.problems.join('; ') : ''}`);
      await bad.context.close();
    });

    // --- settings: dark theme and text size survive a reload ---------------------
    await step(`${tag}: settings`, async () => {
      await user.tap('settings');
      await user.shot('settings');
      await user.tap('settings:theme:dark');
      s = await user.state();
      check(s.theme === 'dark' && s.theme_setting === 'dark', `${tag}: the Dark button switches to the dark theme (${s.theme})`);
      await user.tap('settings:scale:up');
      s = await user.state();
      check(s.ui_scale > 1, `${tag}: + makes the text larger (ui_scale ${s.ui_scale})`);
      await page.keyboard.press('Escape');
      await page.mouse.click(2, vp.height - 2);  // outside the popup: closes it
      await user.settle();
      await user.shot('dark-larger');
      await page.reload();
      await user.waitStarted();
      s = await user.state();
      check(s.theme === 'dark' && s.ui_scale > 1, `${tag}: after a reload still dark and larger (${s.theme}, ${s.ui_scale})`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      check(bg !== 'rgb(255, 255, 255)', `${tag}: the page behind the app is dark too (${bg})`);
      await user.tap('settings');
      await user.tap('settings:scale:reset');
      s = await user.state();
      check(s.ui_scale === 1, `${tag}: the percentage button resets the size (ui_scale ${s.ui_scale})`);
      await page.mouse.click(2, vp.height - 2);
      await user.settle();
      // Every view in the dark theme.
      await page.evaluate(() => { location.hash = '#/timeline'; });
      await user.settle();
      await user.shot('dark-timeline');
      if (eventHash) {
        await page.evaluate((h) => { location.hash = h; }, eventHash);
        await user.waitFor(() => window.accord.state().view === 'event', null);
        await user.shot('dark-event');
      }
      for (const view of ['agreements', 'people', 'partners', 'outcomes']) {
        await page.evaluate((v) => { location.hash = '#/' + v; }, view);
        if (await user.waitFor((v) => window.accord.state().view === v, view)) await user.shot(`dark-${view}`);
      }
      if (personId) {
        await page.evaluate((id) => { location.hash = '#/person?sel=' + id; }, personId);
        if (await user.waitFor(() => window.accord.state().view === 'person', null)) await user.shot('dark-person');
      }
      // Back to light for what follows.
      await user.tap('settings');
      await user.tap('settings:theme:light');
      check((await user.state()).theme === 'light', `${tag}: the Light button switches back`);
      await page.mouse.click(2, vp.height - 2);
      await user.settle();
    });

    // --- idle -------------------------------------------------------------------
    await step(`${tag}: idle`, async () => {
      await user.settle();
      const f0 = (await user.state()).frames;
      await page.waitForTimeout(1000);
      const f1 = (await user.state()).frames;
      check(f1 === f0, `${tag}: no frames drawn while nothing changes (${f0} -> ${f1} in 1 s)`);
      check((await user.state()).loop_sleeping === true,
        `${tag}: the idle page's loop sleeps (no work on animation frames)`);
      await page.mouse.move(vp.width / 2, vp.height / 2);
      await page.mouse.move(vp.width / 2 + 8, vp.height / 2 + 8);
      await page.waitForTimeout(250);
      const f2 = (await user.state()).frames;
      check(f2 > f1, `${tag}: input wakes the sleeping loop, which draws again (${f1} -> ${f2})`);
      await user.settle();
    });

    // --- installable and offline -------------------------------------------------
    await step(`${tag}: offline`, async () => {
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel=manifest]');
        const m = await (await fetch(link.href)).json();
        return { name: m.name, icons: m.icons.map((i) => i.sizes), display: m.display };
      });
      check(manifest.name === 'Accord Atlas' && manifest.icons.includes('192x192') && manifest.icons.includes('512x512') &&
        manifest.display === 'standalone', `${tag}: a web manifest with 192 and 512 icons (${JSON.stringify(manifest)})`);
      const sw = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        const keys = await caches.keys();
        return { scope: reg.scope, active: !!reg.active, caches: keys };
      });
      check(sw.active && sw.caches.some((k) => k.startsWith('accord-atlas ')),
        `${tag}: the service worker is active and cached the bundle (${sw.caches.join(', ')})`);
      const servedBefore = served();
      user.offline = true;
      await context.setOffline(true);
      const hash = (await user.state()).hash;
      await page.reload();
      await user.waitStarted();
      s = await user.state();
      check(s.frames > 0 && s.events === dataset.events.length && s.hash === hash,
        `${tag}: offline, a reload still starts the app (${s.events} events, ${s.hash}, ${served() - servedBefore} requests reached the server)`);
      await user.shot('offline');
      await context.setOffline(false);
      user.offline = false;
    });

    check(user.problems.length === 0, `${tag}: no console errors, page errors or failed requests${user.problems.length ? ': ' + user.problems.join('; ') : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
