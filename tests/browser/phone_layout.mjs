// Dead ends on a phone, in Chromium with touch at 3x pixels: a phone on its
// side (844x390) shows rows, not just the header and the tab bar; the
// Partners matrix fits 390 px with its last column, and on a 320 px phone a
// finger's swipe that starts on it scrolls the page down and the table
// sideways; a chip longer than the row wraps inside the screen; every chip,
// link and sort control is a finger tall. Then the dead ends fixed before:
// the header's buttons, the filter sheet's blank list, map labels, another
// event opened after reading one to its end, Settings at 150% text.
// Positions come from the test hook.
//   node tests/browser/phone_layout.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-phone-layout-<name>.png.
import fs from 'node:fs';
import path from 'node:path';

import { dist, launchChromium, root, newContext, serveDist, swipe, tally, User } from './harness.mjs';

const { check, failure, step, finish } = tally('browser-phone-layout');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-phone-layout: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const phone = (width, height) => ({ size: `${width}x${height}`, width, height, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
const { server, baseUrl } = await serveDist();
const browser = await launchChromium();

const named = (s, prefix) => Object.entries(s.widgets || {}).filter(([name]) => name.startsWith(prefix));

async function openUser(vp, hash) {
  const context = await newContext(browser, vp);
  const page = await context.newPage();
  const user = new User(page, vp, { shotPrefix: 'phone-layout' });
  await page.goto(baseUrl + hash);
  await user.started();
  return { context, page, user };
}

// Swipes the page up from its middle until fn(state) holds.
async function swipeUntil(user, fn, tries = 30) {
  for (let i = 0; i < tries; i++) {
    const s = await user.state();
    if (fn(s)) return s;
    await swipe(user.page, user.vp.width / 2, user.vp.height * 0.6, 0, -user.vp.height * 0.25);
    await user.settle();
  }
  return null;
}

await step('a phone on its side shows the list', async () => {
  const vp = phone(844, 390);
  const { context, user } = await openUser(vp, '#/timeline');
  const s = await user.state();
  const whole = named(s, 'row:event:').filter(([, r]) => r[3] >= 43.5 && r[1] + r[3] <= vp.height);
  check(whole.length >= 4, `844x390: ${whole.length} whole timeline rows in view (it was 2)`);
  const search = s.widgets.search;
  check(search && search[1] < 20, `844x390: the search box shares the header's row (y ${search && search[1]})`);
  for (const name of ['settings', 'share', 'data', 'import', 'filters:toggle', 'count']) {
    const r = s.widgets[name];
    check(r && r[0] >= 0 && r[0] + r[2] <= vp.width + 0.5, `844x390: ${name} on screen`);
  }
  // A tap on a row still opens the event, and Back comes back to the list.
  const first = whole[0];
  await user.tap(first[0]);
  check(await user.until('s.view === "event"'), '844x390: a row opens its event');
  await user.shot('event');
  await user.page.goBack();
  check(await user.until('s.view === "timeline" && !!s.widgets.search'), '844x390: Back returns to the list with its search');
  await user.shot('timeline');
  await context.close();
});

await step('the Partners matrix fits a phone', async () => {
  const vp = phone(390, 844);
  const { context, user } = await openUser(vp, '#/partners');
  const s = await swipeUntil(user, (st) => named(st, 'matrix:KHM:').some(([, r]) => !r[4]));
  check(!!s, '390x844: Cambodia, the last column, is drawn whole');
  if (s) {
    const cells = named(s, 'matrix:');
    check(cells.every(([, r]) => r[0] + r[2] <= vp.width + 0.5 && r[2] >= 43.5 && (r[4] || r[3] >= 43.5)),
      `390x844: all ${cells.length} cells inside the screen and a finger wide and tall`);
  }
  await user.shot('matrix');
  await context.close();
});

await step('on a 320 px phone a swipe on the matrix scrolls the page and the table', async () => {
  const vp = phone(320, 640);
  const { context, page, user } = await openUser(vp, '#/partners');
  const cell = 'matrix:LAO:drugs';
  let s = await swipeUntil(user, (st) => { const r = st.widgets[cell]; return r && !r[4] && r[1] > vp.height * 0.3 && r[1] < vp.height * 0.6; });
  check(!!s, '320x640: the matrix reached');
  if (!s) { await context.close(); return; }
  const before = s.widgets[cell];
  await swipe(page, before[0] + before[2] / 2, before[1] + before[3] / 2, 0, -150);
  await user.settle();
  s = await user.state();
  const after = s.widgets[cell];
  check(after && after[1] < before[1] - 60, `320x640: a swipe up that starts on the matrix scrolls the page (${before[1]} -> ${after && after[1]})`);
  const khmWhole = (st) => named(st, 'matrix:KHM:').some(([, r]) => !r[4]);
  check(!khmWhole(s), '320x640: the last column starts out of view');
  const r = s.widgets[cell] || before;
  await swipe(page, r[0] + r[2] / 2, Math.min(r[1] + r[3] / 2, vp.height * 0.5), -220, 0);
  await user.settle();
  s = await user.state();
  check(khmWhole(s), '320x640: a sideways swipe brings the last column into view');
  await user.shot('matrix-swiped');
  await context.close();
});

await step('chips and sort controls on a phone', async () => {
  const vp = phone(320, 640);
  // The shipped event whose mechanism has the longest name (the bundle's
  // data is the project's assets/dataset.json).
  const data = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));
  const longest = data.mechanisms.reduce((a, m) => (m.name.length > a.name.length ? m : a));
  const event = data.events.find((e) => (e.mechanisms || []).includes(longest.id));
  const { context, user } = await openUser(vp, `#/event?sel=${encodeURIComponent(event.id)}`);
  const chip = `link:mechanism:${longest.id}`;
  const seen = await swipeUntil(user, (st) => st.widgets[chip] && !st.widgets[chip][4]);
  const widest = seen && { name: chip, rect: seen.widgets[chip] };
  check(!!widest, `320x640: the chip of "${longest.name}" drawn whole`);
  if (widest) {
    const [x, , w, h] = widest.rect;
    check(x >= 0 && x + w <= vp.width + 0.5, `320x640: ${widest.name} inside the screen (${x} + ${w})`);
    check(h >= 43.5, `320x640: ${widest.name} is a finger tall (${h} px)`);
    // Every link on the page (type, partners, people, topics), drawn whole
    // at some point of a scroll from the top to the end, is a finger tall.
    // The shipped event with the most people and topics has the most links.
    const busiest = data.events.reduce((a, e) =>
      ((e.participants || []).length + (e.topics || []).length > (a.participants || []).length + (a.topics || []).length ? e : a));
    await user.openHash('#/timeline');
    await user.openHash(`#/event?sel=${encodeURIComponent(busiest.id)}`);
    const heights = new Map();
    for (let i = 0; i < 10; i++) {
      for (const [n, r] of named(await user.state(), 'link:')) if (!r[4]) heights.set(n, r[3]);
      await swipe(user.page, vp.width / 2, vp.height * 0.6, 0, -vp.height * 0.3);
      await user.settle();
    }
    const short = [...heights].filter(([, h]) => h < 43.5).map(([n, h]) => `${n} ${h} px`);
    check(heights.size >= 4 && short.length === 0,
      `320x640: ${heights.size} links on the event page, each a finger tall ${short.join(', ')}`);
    await user.shot('chips');
  }
  await user.openHash('#/agreements');
  const s = await user.state();
  const sorts = named(s, 'sort:');
  check(sorts.length >= 4 && sorts.every(([, r]) => r[3] >= 43.5), `320x640: ${sorts.length} sort chips a finger tall`);
  await user.shot('agreements');
  await context.close();
});

// The dead ends fixed earlier (headless tests cover each), here as a
// finger meets them in the browser.
await step('earlier dead ends: header, filter sheet, map labels, another event, text size', async () => {
  const vp = phone(390, 844);
  const { context, page, user } = await openUser(vp, '#/timeline');
  let s = await user.state();
  for (const name of ['settings', 'share', 'data', 'import']) {
    const r = s.widgets[name];
    check(r && r[2] >= 43.5 && r[3] >= 43.5 && r[0] + r[2] <= vp.width + 0.5,
      `390x844: header ${name} is 44 px and on screen (${r && r.slice(0, 4).map(Math.round)})`);
  }

  // The list scrolled far down, then filtered to fewer events in the sheet:
  // the rows show from the first, not a blank list until swiped.
  for (let i = 0; i < 4; i++) await swipe(page, vp.width / 2, vp.height * 0.7, 0, -vp.height * 0.4);
  await user.settle();
  await user.tap('filters:toggle');
  const partnerChips = named(await user.state(), 'filter:partner:');
  const chip = partnerChips.find(([name]) => name.endsWith(':KHM')) || partnerChips[partnerChips.length - 1];
  check(!!chip, '390x844: the Filters sheet offers partners');
  if (chip) await user.tap(chip[0]);
  await user.tap('filters:done');
  s = await user.state();
  const rows = named(s, 'row:event:');
  check(rows.length > 0 && s.first_row && s.first_row[1] < vp.height / 2,
    `390x844: after "Show N events" the ${rows.length} rows show from the first (first row at y ${s.first_row && Math.round(s.first_row[1])})`);
  await user.shot('filtered');

  // Map labels: none prints over another.
  await user.openHash('#/partners');
  s = await user.state();
  const labels = named(s, 'map:label:');
  const overlaps = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i][1], labels[j][1]];
      const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
      const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
      if (w > 0.5 && h > 0.5) overlaps.push(`${labels[i][0]} / ${labels[j][0]}`);
    }
  check(labels.length >= 3 && overlaps.length === 0, `390x844: ${labels.length} map labels, none over another ${overlaps.join(', ')}`);

  // An event read to its end, then another event opened from a person's
  // page: the new one starts at its title and Edit.
  const data = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));
  const eventsOf = (p) => data.events.filter((e) => (e.participants || []).some((x) => x.person === p.id));
  const person = data.people.find((p) => eventsOf(p).length >= 2);
  const [first, second] = eventsOf(person);
  await user.openHash(`#/event?sel=${encodeURIComponent(first.id)}`);
  for (let i = 0; i < 6; i++) await swipe(page, vp.width / 2, vp.height * 0.7, 0, -vp.height * 0.4);
  await user.settle();
  check(!(await user.state()).widgets.edit, `390x844: ${first.id} read past its Edit button`);
  await user.openHash(`#/person?sel=${encodeURIComponent(person.id)}`);
  const eventLink = `link:event:${second.id}`;
  await swipeUntil(user, (st) => st.widgets[eventLink] && !st.widgets[eventLink][4]);
  await user.tap(eventLink);
  check(await user.until(`s.selected === ${JSON.stringify(second.id)}`), `390x844: ${person.id}'s page opens ${second.id}`);
  s = await user.state();
  check(s.widgets.edit && s.widgets.edit[1] < vp.height / 2,
    `390x844: ${second.id} opens at its title and Edit (Edit at y ${s.widgets.edit && Math.round(s.widgets.edit[1])})`);

  // Text size 150%: Settings stays on screen (the way back to 100%).
  await user.tap('settings');
  for (let i = 0; i < 6 && (await user.state()).ui_scale < 1.5; i++) await user.tap('settings:scale:up');
  s = await user.state();
  const gear = s.widgets.settings;
  check(s.ui_scale >= 1.5 && gear && gear[0] + gear[2] <= vp.width + 0.5,
    `390x844: at ${Math.round(s.ui_scale * 100)}% Settings is on screen (${gear && Math.round(gear[0] + gear[2])} of ${vp.width})`);
  await user.shot('text-150');
  await user.tap('settings:scale:reset');
  check(Math.abs((await user.state()).ui_scale - 1) < 0.01, '390x844: and it brings the text back to 100%');
  await context.close();
});

await browser.close();
server.close();
finish();
