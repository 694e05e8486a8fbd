// Text entry in the web build, as on a phone (390x844, touch, 3x pixels)
// and a desktop (1280x800, mouse): the search field takes exactly what a
// native text box would after a fast run of Backspaces, select-all and
// replace, an autocorrection, an IME composition (through the DevTools
// protocol: Input.imeSetComposition, then Input.insertText), a paste, and
// a click that moves the caret. The field's text is read through the test
// hook (window.accord.state().filter). Then the keyboard outside fields:
// arrow keys in the list, Alt+Left and Alt+Right for Back and Forward.
//   node tests/browser/text_entry.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-text-entry.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, dist, launchChromium, serveDist, tally } from './harness.mjs';

const { check, failure, finish } = tally('browser-text-entry');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-text-entry: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const viewports = [
  { size: '390x844', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { size: '1280x800', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();

const state = (page) => page.evaluate(() => window.accord.state());

// Waits until the app has drawn what the last input asked for and idles.
async function settle(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const frames = (await state(page)).frames;
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(60);
  }
}

// Waits until the search field (the filter's text) holds `want`.
async function filterBecomes(page, want) {
  try {
    await page.waitForFunction((w) => window.accord.state().filter === w, want, { timeout: 4000 });
  } catch { /* reported by the caller's check */ }
  await settle(page);
  return (await state(page)).filter;
}

const boxFocused = (page) => page.evaluate(() => document.activeElement && document.activeElement.tagName === 'TEXTAREA');

try {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const vp of viewports) {
    const tag = vp.size;
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.deviceScaleFactor,
      isMobile: vp.isMobile, hasTouch: vp.hasTouch,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
    await settle(page);

    const [x, y, w, h] = (await state(page)).widgets.search;
    const tapSearch = async (atX = x + w / 2) => {
      if (vp.hasTouch) await page.touchscreen.tap(atX, y + h / 2);
      else await page.mouse.click(atX, y + h / 2);
      await settle(page);
    };
    await tapSearch();
    check(await boxFocused(page), `${tag}: a tap on the search field gives it the keyboard`);

    await page.keyboard.type('extradtion');
    let got = await filterBecomes(page, 'extradtion');
    check(got === 'extradtion', `${tag}: typed letters arrive in order ("${got}")`);

    // Six Backspaces with no pause between them.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace', { delay: 0 });
    got = await filterBecomes(page, 'extr');
    check(got === 'extr', `${tag}: six fast Backspaces delete six letters ("${got}")`);

    // An autocorrection replaces the word the keyboard chose, caret after it.
    await page.keyboard.type('adtion');
    await filterBecomes(page, 'extradtion');
    await page.evaluate(() => document.activeElement.setSelectionRange(0, 10));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.insertText', { text: 'extradition' });
    got = await filterBecomes(page, 'extradition');
    check(got === 'extradition', `${tag}: an autocorrection replaces exactly the word ("${got}")`);

    // Select all, then type: the selection is replaced, nothing else.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('hue');
    got = await filterBecomes(page, 'hue');
    check(got === 'hue', `${tag}: select-all then typing replaces the text ("${got}")`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    got = await filterBecomes(page, '');
    check(got === '', `${tag}: select-all then Backspace empties the field ("${got}")`);

    // An IME composition: shown while composing, committed whole.
    await cdp.send('Input.imeSetComposition', { text: 'T\u00f4 L', selectionStart: 4, selectionEnd: 4 });
    got = await filterBecomes(page, 'T\u00f4 L');
    check(got === 'T\u00f4 L', `${tag}: the composition shows in the field as it is typed ("${got}")`);
    await cdp.send('Input.insertText', { text: 'T\u00f4 L\u00e2m' });
    got = await filterBecomes(page, 'T\u00f4 L\u00e2m');
    check(got === 'T\u00f4 L\u00e2m', `${tag}: the committed composition keeps its diacritics ("${got}")`);
    const s = await state(page);
    check(s.visible_events > 0 && s.visible_events < s.events,
      `${tag}: the search for "T\u00f4 L\u00e2m" finds ${s.visible_events} of ${s.events} events`);
    const shot = path.join(artifacts, `browser-${tag}-text-entry.png`);
    await page.screenshot({ path: shot });
    console.log(`     ${tag}: screenshot ${path.relative(process.cwd(), shot)}`);

    // A click near the field's left edge moves the app's caret; the box
    // follows, so the next letter goes there, not at the end.
    if (!vp.hasTouch) {
      await page.mouse.click(x + 6, y + h / 2);
      await settle(page);
      await page.keyboard.type('>');
      got = await filterBecomes(page, '>T\u00f4 L\u00e2m');
      check(got === '>T\u00f4 L\u00e2m', `${tag}: a click moves the caret and typing goes there ("${got}")`);
    }

    // Paste (Ctrl/Cmd+V) into the search field.
    await page.evaluate(() => navigator.clipboard.writeText('Vientiane'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    got = await filterBecomes(page, 'Vientiane');
    check(got === 'Vientiane', `${tag}: a paste lands in the search field ("${got}")`);

    // Phones: a Paste button beside the field, a thumb's size, inserts the
    // clipboard at the caret and leaves the keyboard up.
    if (vp.hasTouch) {
      const box = await page.locator('#paste').boundingBox();
      check(box && box.width >= 44 && box.height >= 44, `${tag}: a Paste button shows while typing (${box && [box.width, box.height]})`);
      await page.evaluate(() => navigator.clipboard.writeText(' H\u00e0 N\u1ed9i'));
      await page.locator('#paste').tap();
      got = await filterBecomes(page, 'Vientiane H\u00e0 N\u1ed9i');
      check(got === 'Vientiane H\u00e0 N\u1ed9i', `${tag}: Paste inserts the clipboard at the caret ("${got}")`);
      check(await boxFocused(page), `${tag}: the keyboard stays up after Paste`);
    }
    const searched = (await state(page)).filter;

    // Enter is "done": the keyboard goes, the search stays.
    await page.keyboard.press('Enter');
    await settle(page);
    check(!(await boxFocused(page)) && (await state(page)).filter === searched,
      `${tag}: Enter closes the keyboard and keeps the search`);
    if (vp.hasTouch) check(await page.locator('#paste').isHidden(), `${tag}: the Paste button goes with the keyboard`);

    // A paste with no field active, outside the Import view, is not kept
    // to turn up later as an article there.
    await page.evaluate(() => navigator.clipboard.writeText('A stray paste about border talks.'));
    await page.keyboard.press('ControlOrMeta+V');
    await settle(page);
    await page.evaluate(() => { location.hash = '#/import'; });
    await page.waitForFunction(() => window.accord.state().view === 'import' && window.accord.state().import.stage,
      null, { timeout: 4000 }).catch(() => {});
    await settle(page);
    const imported = (await state(page)).import || {};
    check(imported.stage === 'input' && imported.text_bytes === 0,
      `${tag}: neither paste turns up as an article in the Import view (${imported.stage}, ${imported.text_bytes} bytes)`);

    // The keyboard outside text fields (desktop): arrow keys move through
    // the list, Alt+Left and Alt+Right are the browser's Back and Forward.
    if (!vp.hasTouch) {
      await page.evaluate(() => { location.hash = '#/'; });
      await page.waitForFunction(() => window.accord.state().view === 'timeline', null, { timeout: 4000 }).catch(() => {});
      await settle(page);
      const rows = Object.entries((await state(page)).widgets).filter(([n]) => n.startsWith('row:event:'))
        .sort((a, b) => a[1][1] - b[1][1]);
      const [firstName, r] = rows[0];
      const firstId = firstName.slice('row:event:'.length);
      await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
      await page.waitForFunction((id) => window.accord.state().selected === id, firstId, { timeout: 4000 }).catch(() => {});
      await settle(page);
      let st = await state(page);
      check(st.selected === firstId, `${tag}: a click selects the first row (${st.selected})`);
      const secondId = rows[1][0].slice('row:event:'.length);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((id) => window.accord.state().selected === id, secondId, { timeout: 4000 }).catch(() => {});
      await settle(page);
      st = await state(page);
      check(st.selected === secondId, `${tag}: ArrowDown selects the next event (${st.selected})`);
      await page.keyboard.press('Alt+ArrowLeft');
      await page.waitForFunction((id) => window.accord.state().selected === id, firstId, { timeout: 4000 }).catch(() => {});
      await settle(page);
      st = await state(page);
      check(st.selected === firstId, `${tag}: Alt+Left goes back to the event before (${st.selected}, ${page.url().split('#')[1]})`);
      await page.keyboard.press('Alt+ArrowRight');
      await page.waitForFunction((id) => window.accord.state().selected === id, secondId, { timeout: 4000 }).catch(() => {});
      await settle(page);
      st = await state(page);
      check(st.selected === secondId, `${tag}: Alt+Right goes forward again (${st.selected})`);
    }

    check(problems.length === 0, `${tag}: no page errors (${problems.slice(0, 3).join(' | ') || 'none'})`);
    await context.close();
  }
} catch (err) {
  check(false, `unexpected: ${err.stack || err}`);
} finally {
  await browser.close();
  server.close();
}
finish();
