// The Edit sheet in headless Chromium at 1280x800 (mouse) and 390x844 (a
// phone: 3x pixels, touch): an event's city is typed, a
// topic chip is tapped, a country is picked by typing part of its name
// (on the phone the tap that opens the pick list raises the keyboard, so
// the typing reaches the search field), Save makes one change that Undo
// takes back. The change and its Undo survive a reload (issue #14), and so
// does what Undo did (a second reload shows the event as it was, with Redo).
//   node tests/browser/edit.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-edit-*.png.
import fs from 'node:fs';
import path from 'node:path';

import {
  artifacts, desktopAndPhone, dist, launchChromium, newContext, root, serveDist, tally, User,
} from './harness.mjs';

const { check, failure, finish, step } = tally('browser-edit');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-edit: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
// An event of the shipped data without the cybercrime topic, and a country
// it does not involve, found by typing part of its name in lower case.
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'assets/dataset.json'), 'utf8'));
const target = shipped.events.find((e) => !(e.topics || []).includes('cybercrime') && !(e.location || {}).city &&
  shipped.countries.some((c) => !e.countries.includes(c.id)));
const partner = target && shipped.countries.find((c) => !target.countries.includes(c.id));
const typed = partner ? partner.name.slice(0, 4).toLowerCase() : '';

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
// The sheet scrolls inside its form: a widget is revealed when it is drawn
// whole, inside the form or outside it (Save, under the form).
class EditUser extends User {
  constructor(page, vp) {
    super(page, vp, { shotPrefix: 'edit', widgetTimeout: 3000 });
  }
  // Wheels the sheet (or the page) until the widget is drawn whole on screen.
  async reveal(name) {
    for (const dy of [240, -240]) {
      for (let i = 0; i < 40; i++) {
        const s = await this.state();
        const r = (s.widgets || {})[name];
        const form = (s.widgets || {})['edit:form'];
        const onScreen = r && r[1] >= 0 && r[1] + r[3] <= this.vp.height;
        // Inside the sheet's form, whole; or outside it (Save, under the form).
        const whole = !form || (r && ((r[1] >= form[1] && r[1] + r[3] <= form[1] + form[3] + 1) ||
          r[1] >= form[1] + form[3] - 1 || r[1] + r[3] <= form[1] + 1));
        if (onScreen && whole) return this.widget(name);
        // The sheet scrolls, else the pane with the record (where its Edit is).
        const page = (s.widgets || {}).edit || (s.widgets || {})['edit:source:' + (target.sources || [''])[0]];
        this.paneX = form ? this.vp.width / 2 : page ? page[0] + 8 : this.paneX || this.vp.width / 2;
        await this.page.mouse.move(this.paneX, this.vp.height * 0.5);
        await this.page.mouse.wheel(0, dy);
        await this.page.waitForTimeout(60);
        await this.settle();
      }
    }
    throw new Error(`widget "${name}" never came into view`);
  }
  // Until the writes to IndexedDB are done and nothing went wrong saving.
  stored() {
    return this.until(`s.data.syncs_in_flight === 0 && s.data.sync_error === '' && s.data.save_error === ''`);
  }
  // Reloads the page and waits until the stored data is read and shown.
  async reload() {
    await this.page.reload();
    await this.started();
    if (!(await this.until(`s.data.store === 'ok' && !s.loading && s.events > 0 && s.selected === ${JSON.stringify(target.id)}`, 20000)))
      throw new Error(`the stored data was not shown after a reload (${JSON.stringify((await this.state()).data)})`);
  }
}

try {
  fs.mkdirSync(artifacts, { recursive: true });
  check(!!target, `the shipped data has an event to edit (${target && target.id})`);
  for (const vp of desktopAndPhone) {
    const tag = vp.size;
    const context = await newContext(browser, vp);
    const user = new EditUser(await context.newPage(), vp);
    await user.page.goto(baseUrl);
    await user.started();
    const label = `Edit event ${target.id}`;
    // The events with the cybercrime topic, as the topic chip counts them
    // (all the data, whatever is on screen): one more while the edit holds.
    const cyber = `((s.facet_counts.topics || {}).cybercrime || 0)`;
    check(await user.until(`!s.loading && s.events > 0`, 20000), `${tag}: the shipped data is shown`);
    const before = await user.page.evaluate(`(s => ${cyber})(window.accord.state())`);

    await step(`${tag}: open the sheet`, async () => {
      await user.openHash(`#/event?sel=${target.id}`);
      await user.tap('edit');
      check(await user.until(`!!s.widgets['edit:save']`), `${tag}: Edit opens the sheet`);
      await user.shot('sheet');
    });

    await step(`${tag}: type, tap a topic, pick a partner`, async () => {
      await user.tap('edit:field:city');
      if (vp.hasTouch) check((await user.focusedInput()) === 'TEXTAREA', `${tag}: tapping the city raises the keyboard`);
      await user.type('Vientiane');
      await user.tap('edit:topic:cybercrime');
      await user.tap('edit:countries:add');
      if (vp.hasTouch)
        check((await user.focusedInput()) === 'TEXTAREA', `${tag}: tapping "Choose country" raises the keyboard for its search`);
      await user.type(typed);
      const option = `edit:countries:add:option:${partner.id}`;
      check(!!(await user.widget(option)), `${tag}: typing "${typed}" offers ${partner.name}`);
      await user.shot('pick-list');
      await user.tap(option);
      check(!!(await user.widget(`edit:countries:${target.countries.length}`)), `${tag}: ${partner.name} joins the countries`);
    });

    await step(`${tag}: save`, async () => {
      await user.tap('edit:save');
      check(await user.until(`!s.widgets['edit:save'] && s.undo_label === ${JSON.stringify(label)}`),
        `${tag}: Save makes one change ("${(await user.state()).undo_label}")`);
      check(!!(await user.reveal('link:topic:cybercrime')), `${tag}: the event shows its new topic`);
      await user.shot('saved');
      check(await user.stored(), `${tag}: the change is written to IndexedDB`);
    });

    // Issue #14: the undo history is kept beside the stored data, so a
    // reload shows the edit with its Undo, and what Undo did is kept too.
    await step(`${tag}: reload, the edit and its Undo are kept`, async () => {
      await user.reload();
      check(!!(await user.reveal('link:topic:cybercrime')), `${tag}: after a reload the event still has its new topic`);
      check(await user.until(`${cyber} === ${before + 1}`, 1000), `${tag}: after a reload ${before + 1} events have the topic`);
      check(await user.until(`s.undo_label === ${JSON.stringify(label)}`, 3000),
        `${tag}: after a reload Undo offers the edit ("${(await user.state()).undo_label}"; notices: ${JSON.stringify((await user.state()).notices)})`);
      await user.shot('reloaded');
    });

    await step(`${tag}: undo after the reload`, async () => {
      await user.tap('undo');
      check(await user.until(`s.undo_label !== ${JSON.stringify(label)} && s.redo_label === ${JSON.stringify(label)} && ` +
        `${cyber} === ${before} && !s.widgets['link:topic:cybercrime']`), `${tag}: Undo takes the edit back`);
      check(await user.stored(), `${tag}: the undo is written to IndexedDB`);
    });

    await step(`${tag}: reload again, the undo is kept`, async () => {
      await user.reload();
      check(await user.until(`${cyber} === ${before} && !s.widgets['link:topic:cybercrime']`, 1000),
        `${tag}: after a second reload the event is as it was (${before} events have the topic, ${(await user.state()).facet_counts.topics.cybercrime || 0} do)`);
      const s = await user.state();
      check(s.undo_label !== label && s.redo_label === label,
        `${tag}: after a second reload Redo offers the edit again (undo "${s.undo_label}", redo "${s.redo_label}")`);
    });

    check(user.problems.length === 0, `${tag}: no page errors (${user.problems.slice(0, 3).join('; ')})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
