// One event, two reports (#21), in headless Chromium at 1280x800 (mouse)
// and 390x844 (a phone: 3x pixels, touch). A second outlet's article about
// an event the shipped dataset has (the Vietnam-Laos ministerial meeting
// of 14 October 2024, in our own words, with one new figure) is pasted
// into the Import view, which says it may report that event and compares
// the two; "Add as another source of it" merges it (the event now has two
// sources, the dataset no more events); "Split off" on the event page makes
// the second report an event of its own; Undo takes the split back, then
// the merge (a tap on Undo, and Ctrl+Z on the desktop).
//   node tests/browser/reports.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-reports-*.png.
import fs from 'node:fs';
import path from 'node:path';

import {
  artifacts, desktopAndPhone, dist, launchChromium, newContext, root, serveDist, tally, User,
} from './harness.mjs';

const { check, failure, finish, step } = tally('browser-reports');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-reports: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
const article = fs.readFileSync(path.join(root, 'tests/fixtures/reports/en_laos_ministerial_second_outlet.txt'), 'utf8');
const targetId = 'ev-2024-10-14-vn-la-ministerial';
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));
const target = shipped.events.find((e) => e.id === targetId);

// The event page is drawn only where it shows: a widget below the fold is
// not in the hook until the page is wheeled to it.
class ReportsUser extends User {
  constructor(page, vp) {
    super(page, vp, { shotPrefix: 'reports', widgetTimeout: 1500 });
  }
  async reveal(name) {
    let last = null;
    // A phone's event page with two sources runs to about 60 wheel notches
    // (its links are a finger tall).
    for (const dy of [240, -240]) {
      for (let i = 0; i < 80; i++) {
        const s = await this.state();
        const r = (s.widgets || {})[name];
        // Clear of the edges (a widget is noted clipped to what shows), or
        // where the page stops scrolling.
        if (r && r[1] >= 0 && (r[1] + r[3] <= this.vp.height * 0.85 || (last && last.join() === r.join())))
          return this.widget(name);
        last = r;
        // Wheel the pane the event's own Edit button is in (the event page;
        // remembered once it scrolls out of view).
        const pane = (s.widgets || {}).edit;
        if (pane) this.paneX = pane[0] + 8;
        const x = r ? r[0] + r[2] / 2 : this.paneX || this.vp.width / 2;
        await this.page.mouse.move(x, this.vp.height * 0.5);
        await this.page.mouse.wheel(0, r ? (r[1] < 8 ? -120 : 120) : dy);
        await this.page.waitForTimeout(60);
        await this.settle();
      }
    }
    const seen = Object.keys((await this.state()).widgets || {});
    throw new Error(`widget "${name}" never came into view (${seen.slice(0, 30).join(', ')})`);
  }
  async ctrl(key) {
    await this.page.keyboard.down('Control');
    await this.page.waitForTimeout(150);
    await this.page.keyboard.press(key);
    await this.page.waitForTimeout(150);
    await this.page.keyboard.up('Control');
    await this.settle();
  }
}

const inside = (r, vp) => r && r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= vp.width + 1 && r[1] + r[3] <= vp.height + 1;

try {
  fs.mkdirSync(artifacts, { recursive: true });
  check(!!target && target.sources.length === 1, `the shipped data has ${targetId} with one source`);
  const { server, baseUrl } = await serveDist();
  const browser = await launchChromium();
  try {
    for (const vp of desktopAndPhone) {
      const tag = vp.size;
      const context = await newContext(browser, vp);
      const user = new ReportsUser(await context.newPage(), vp);
      await user.page.goto(baseUrl);
      await user.started();
      const eventsBefore = (await user.state()).events;
      const firstSource = target.sources[0];
      let newSource = null;
      let s;

      await step(`${tag}: paste a second report and extract it`, async () => {
        await user.tap('import');
        check(await user.until(`s.view === 'import' && s.import.stage === 'input'`), `${tag}: "+ Import" opens the Import view`);
        await user.paste(article);
        check(await user.until(`s.import.text_bytes === ${Buffer.byteLength(article)}`),
          `${tag}: the paste fills the box (${(await user.state()).import.text_bytes} bytes)`);
        await user.tap('import:extract');
        check(await user.until(`s.import.stage === 'review'`), `${tag}: Extract shows the draft`);
        s = await user.state();
        const im = s.import;
        check(im.date === '2024-10-14' && im.city === 'Hanoi' && im.partners.join() === 'LAO',
          `${tag}: the draft has the event's date, place and partner (${im.date} ${im.city} ${im.partners})`);
        check(im.figures.some((f) => f.quantity === 1450 && f.unit === 'kg'),
          `${tag}: the article's new figure is in the draft (${im.figures.map((f) => `${f.quantity} ${f.unit}`).join(', ')})`);
      });

      await step(`${tag}: the Import view finds the event it reports`, async () => {
        // The article shares the event's day, place, partner, speaker and a
        // signed agreement: the app is sure ("This article reports an event
        // you already have:"; "This may report" is for a decision of "ask").
        check(await user.until(`!!s.import.same_event && !!s.widgets['import:same:merge']`),
          `${tag}: "This article reports an event you already have" is drawn with "Add as another source of it"`);
        await user.shot('compare');
        s = await user.state();
        const same = s.import.same_event;
        check(same.id === targetId && same.decision === 'same' && same.reasons.some((r) => r.startsWith('same agreement signed')),
          `${tag}: the event it reports is ${targetId} (${same.id}, decision ${same.decision}: ${same.reasons.join('; ')})`);
        const rows = Object.fromEntries(same.compared.map((r) => [r.label, r]));
        check(['Date', 'Place', 'Partners', 'People'].every((l) => rows[l] && rows[l].same),
          `${tag}: the comparison agrees on date, place, partners and people (${same.compared.map((r) => `${r.label}: ${r.ours} | ${r.theirs}`).join('; ')})`);
        const compare = s.widgets['import:same:compare'];
        const merge = s.widgets['import:same:merge'];
        const link = s.widgets['import:same:event'];
        check(!!link && !!compare && link[1] + link[3] <= compare[1] + 1 && compare[1] + compare[3] <= merge[1] + 1,
          `${tag}: the event's title, the comparison and the buttons are drawn in that order, not overlapping`);
        check(inside(compare, vp) && inside(merge, vp) && inside(s.widgets['import:same:separate'], vp),
          `${tag}: the comparison and both buttons are on screen`);
      });

      await step(`${tag}: add it as another source`, async () => {
        await user.tap('import:same:merge');
        check(await user.until(`s.view === 'event' && s.selected === '${targetId}' && (s.selected_sources || []).length === 2`),
          `${tag}: "Add as another source of it" opens the event, now with two sources`);
        s = await user.state();
        newSource = s.selected_sources.find((id) => id !== firstSource);
        check(s.events === eventsBefore && s.selected_sources[0] === firstSource && !!newSource,
          `${tag}: the dataset has the same ${s.events} events; the event's sources are ${s.selected_sources.join(', ')}`);
        check(s.undo_label === `Add source ${newSource} to event ${targetId}`, `${tag}: one undoable change ("${s.undo_label}")`);
        await user.shot('two-sources');
      });

      let newEvent = null;
      await step(`${tag}: split the second report off`, async () => {
        await user.reveal(`event:split:${newSource}`);
        s = await user.state();
        check(inside(s.widgets[`event:split:${newSource}`], vp), `${tag}: "Split off" is on screen next to the second source`);
        await user.shot('split-button');
        await user.tap(`event:split:${newSource}`);
        check(await user.until(`s.events === ${eventsBefore + 1} && s.view === 'event' && s.selected !== '${targetId}'`),
          `${tag}: "Split off" adds an event (${(await user.state()).events}) and opens it`);
        s = await user.state();
        newEvent = s.selected;
        check((s.selected_sources || []).join() === newSource && s.undo_label === `Split source ${newSource} from event ${targetId}`,
          `${tag}: the new event ${newEvent} has the second report as its source ("${s.undo_label}")`);
        await user.shot('split');
        await user.openHash(`#/event?sel=${targetId}`);
        check(await user.until(`(s.selected_sources || []).join() === '${firstSource}'`),
          `${tag}: ${targetId} is left with its first source`);
      });

      await step(`${tag}: undo the split, then the merge`, async () => {
        await user.tap('undo');
        check(await user.until(`s.events === ${eventsBefore} && s.undo_label === 'Add source ${newSource} to event ${targetId}'`),
          `${tag}: Undo takes the split back (${(await user.state()).events} events)`);
        await user.openHash(`#/event?sel=${targetId}`);
        check(await user.until(`(s.selected_sources || []).join() === '${firstSource},${newSource}'`),
          `${tag}: the event has its two sources again (${(await user.state()).selected_sources})`);
        if (vp.hasTouch) await user.tap('undo');
        else await user.ctrl('KeyZ');
        check(await user.until(`s.events === ${eventsBefore} && (s.selected_sources || []).join() === '${firstSource}' && s.undo_label === ''`),
          `${tag}: ${vp.hasTouch ? 'Undo' : 'Ctrl+Z'} takes the merge back: the event has one source again`);
      });

      check(user.problems.length === 0, `${tag}: no page errors (${user.problems.slice(0, 3).join('; ')})`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
} catch (err) {
  check(false, `the test ran to its end: ${err.message.split('\n')[0]}`);
}
finish();
