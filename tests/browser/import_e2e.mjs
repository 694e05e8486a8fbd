// The Import view in headless Chromium at 1280x800 (mouse) and 390x844 (a
// phone: 3x pixels, touch): a French article arrives through a real paste
// event, is extracted (highlighted spans and form fields checked through
// the test hook), a field is corrected by typing, the event is saved and
// found on the timeline, in the agreements register and under its partner;
// then it is edited (desktop), deleted with confirmation and brought back
// with Undo. Bad input (20 MB, German) gets a clear message and saves
// nothing. After a reload the event is still there (IndexedDB).
//   node tests/browser/import_e2e.mjs      (after ./build-wasm.sh)
// Screenshots: test-artifacts/browser-<size>-import-*.png.
import fs from 'node:fs';
import path from 'node:path';

import {
  artifacts, desktopAndPhone, dist, launchChromium, newContext, root, serveDist, tally, User,
} from './harness.mjs';

const { check, failure, finish, step } = tally('browser-import');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-import: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures/import', name), 'utf8');
const french = fixture('fr_cambodge_rencontre.txt');
const german = fixture('de_laos_treffen.txt');

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
try {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const vp of desktopAndPhone) {
    const tag = vp.size;
    const context = await newContext(browser, vp);
    const user = new User(await context.newPage(), vp, { shotPrefix: 'import' });
    await user.page.goto(baseUrl);
    await user.started();
    let s = await user.state();
    const eventsBefore = s.events;
    await user.openHash('#/timeline?partner=KHM');
    const khmBefore = (await user.state()).visible_events;

    await step(`${tag}: + Import`, async () => {
      await user.tap('import');
      check(await user.until(`s.view === 'import' && s.import.stage === 'input'`), `${tag}: "+ Import" opens #/import`);
    });

    await step(`${tag}: bad input`, async () => {
      await user.paste('a'.repeat(20 * 1024 * 1024));
      s = await user.state();
      check(s.import.error.includes('20.0 MB of text is more than the 2.0 MB') && s.import.text_bytes === 0,
        `${tag}: a 20 MB paste is refused with its size (${s.import.error.slice(0, 80)})`);
      await user.paste(german);
      s = await user.state();
      check(s.import.warnings.some((w) => w.includes('does not read as English, French or Vietnamese')),
        `${tag}: a German article gets a warning`);
      check(s.events === eventsBefore, `${tag}: nothing was saved`);
    });

    await step(`${tag}: paste and extract a French article`, async () => {
      await user.paste(french);
      s = await user.state();
      check(s.import.source_name === 'pasted text' && s.import.text_bytes === Buffer.byteLength(french) && s.import.warnings.length === 0,
        `${tag}: the paste fills the box (${s.import.text_bytes} bytes)`);
      await user.shot('pasted');
      await user.tap('import:extract');
      check(await user.until(`s.import.stage === 'review'`), `${tag}: Extract shows the draft`);
      s = await user.state();
      const im = s.import;
      check(im.language === 'fr' && im.date === '2024-09-05' && im.city === 'Phnom Penh' && im.partners.join() === 'KHM',
        `${tag}: language, date, place and partner (${im.language} ${im.date} ${im.city} ${im.partners})`);
      check(im.people.some((p) => p.id === 'p-luong-tam-quang' && !p.is_new) && im.people.some((p) => p.id === 'p-sar-sokha'),
        `${tag}: the Vietnamese minister resolves to the dataset, his guest by the word lists (${im.people.map((p) => p.id).join(', ')})`);
      check((im.spans.People || 0) >= 2 && (im.spans.Places || 0) >= 1 && (im.spans.Dates || 0) >= 1 && (im.spans.Topics || 0) >= 2,
        `${tag}: spans are highlighted by kind (${JSON.stringify(im.spans)})`);
      check(!!s.widgets['import:highlighted'] && !!s.widgets['import:legend:People'], `${tag}: the highlighted text and its legend are drawn`);
      const text = s.widgets['import:highlighted'];
      const title = s.widgets['import:field:title'];
      check(vp.hasTouch ? title[1] > text[1] : title[0] > text[0] + text[2] - 1,
        `${tag}: the form is ${vp.hasTouch ? 'below' : 'beside'} the article`);
      await user.shot('review');
    });

    let saved = null;
    await step(`${tag}: correct the title and save`, async () => {
      if (!vp.hasTouch) {
        await user.tap('import:field:title');
        // Select all, then type over it (fewer key events than deleting one by one).
        await user.page.keyboard.down('Control');
        await user.page.waitForTimeout(150);
        await user.page.keyboard.press('KeyA');
        await user.page.waitForTimeout(150);
        await user.page.keyboard.up('Control');
        await user.settle();
        await user.page.keyboard.type('Vietnam-Cambodia meeting on scam networks');
        await user.page.keyboard.press('Enter');
        check(await user.until(`s.import.title === 'Vietnam-Cambodia meeting on scam networks'`),
          `${tag}: the corrected title is in the draft`);
      } else {
        // A phone: the tap focuses the hidden input that raises the on-screen
        // keyboard; what is typed lands in the field, at the tapped place.
        const before = (await user.state()).import.title;
        await user.tap('import:field:title');
        const focused = await user.page.evaluate(() => document.activeElement && document.activeElement.tagName);
        check(focused === 'TEXTAREA', `${tag}: tapping the title focuses the keyboard's text box (${focused})`);
        await user.page.keyboard.type(' 2024', { delay: 40 });
        check(await user.until(`s.import.title.includes(' 2024') && s.import.title.length === ${before.length + 5}`),
          `${tag}: typing on the phone's keyboard corrects the title ("${(await user.state()).import.title}")`);
      }
      const agreements = (await user.state()).import.agreement_ids;
      await user.tap('import:save');
      check(await user.until(`s.view === 'event' && s.events === ${eventsBefore + 1}`), `${tag}: Save adds the event and opens it`);
      saved = (await user.state()).selected;
      await user.shot('saved');
      await user.openHash('#/timeline?partner=KHM');
      check((await user.state()).visible_events === khmBefore + 1, `${tag}: the timeline under Cambodia has one more event`);
      if (agreements.length > 0) {
        await user.openHash(`#/agreement?sel=${agreements[0]}`);
        s = await user.state();
        check(s.view === 'agreement' && s.selected === agreements[0], `${tag}: its agreement is in the register (${agreements[0]})`);
      }
    });

    await step(`${tag}: delete and undo`, async () => {
      await user.openHash(`#/event?sel=${saved}`);
      await user.tap('delete');
      await user.shot('delete');
      await user.tap('delete:confirm');
      check(await user.until(`s.events === ${eventsBefore} && s.undo_label === 'Delete event ${saved}'`), `${tag}: Delete removes the event`);
      await user.tap('undo');
      check(await user.until(`s.events === ${eventsBefore + 1}`), `${tag}: Undo brings it back`);
    });

    await step(`${tag}: reload keeps the saved event`, async () => {
      // The user's copy lives in IndexedDB (app/user_store): a reload reads it back.
      await user.page.reload();
      await user.started();
      check(await user.until(`s.events === ${eventsBefore + 1}`, 15000), `${tag}: after a reload the dataset still has the event`);
      await user.openHash(`#/event?sel=${saved}`);
      const s = await user.state();
      check(s.view === 'event' && s.selected === saved, `${tag}: after a reload the event opens (${saved})`);
      await user.openHash('#/timeline?partner=KHM');
      check((await user.state()).visible_events === khmBefore + 1, `${tag}: after a reload the timeline under Cambodia still has it`);
      await user.shot('reloaded');
    });

    check(user.problems.length === 0, `${tag}: no page errors (${user.problems.slice(0, 3).join('; ')})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
