// Story mode in the web build, at desktop and phone sizes: the timeline's
// Story button tells its filtered events oldest first; Next, the arrow keys
// (desktop) and a sideways swipe (phone) step; Play moves on by itself and
// Pause stops it; the step is in the address, so the link opened in a
// fresh browser shows the same card; the browser's Back leaves the story.
//   node tests/browser/story.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-<size>-story-*.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, desktopAndPhone, dist, launchChromium, newContext, serveDist, swipe, tally, User } from './harness.mjs';

const { check, failure, finish, step } = tally('browser_story');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser_story: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}

const { server, baseUrl } = await serveDist();
const browser = await launchChromium();
fs.mkdirSync(artifacts, { recursive: true });

// The event on the story's card (widget "story:event:<id>").
const cardEvent = (s) => (Object.keys(s.widgets || {}).find((n) => n.startsWith('story:event:')) || '').slice(12);
const stepOf = (s) => Number((/[?&]step=(\d+)/.exec(s.hash) || [])[1] || 0);

try {
  for (const vp of desktopAndPhone) {
    const tag = vp.size;
    const context = await newContext(browser, vp);
    const page = await context.newPage();
    const user = new User(page, vp, { shotPrefix: 'story' });
    await page.goto(baseUrl + '#/timeline?partner=LAO');
    await user.started();
    const cards = [];  // the event of each step seen, by step

    await step(`${tag}: Story from the timeline`, async () => {
      await user.tap('timeline:story');
      await user.until("s.view === 'story'");
      const s = await user.state();
      check(s.hash === '#/story?partner=LAO&step=1', `${tag}: the Story button opens step 1 of the filter (${s.hash})`);
      const address = await page.evaluate(() => location.hash);
      check(address === s.hash, `${tag}: the address follows (${address})`);
      cards[1] = cardEvent(s);
      check(cards[1] !== '', `${tag}: a card shows an event (${cards[1]})`);
      await user.shot('card');
    });

    await step(`${tag}: Next and Previous`, async () => {
      await user.tap('story:next');
      await user.until('/step=2/.test(s.hash)');
      let s = await user.state();
      cards[2] = cardEvent(s);
      check(stepOf(s) === 2 && cards[2] !== cards[1], `${tag}: Next shows the second card (${s.hash}, ${cards[2]})`);
      await user.tap('story:previous');
      await user.until('/step=1/.test(s.hash)');
      s = await user.state();
      check(cardEvent(s) === cards[1], `${tag}: Previous shows the first again (${cardEvent(s)})`);
    });

    if (!vp.hasTouch) {
      await step(`${tag}: arrow keys`, async () => {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await user.until('/step=3/.test(s.hash)');
        const s = await user.state();
        cards[3] = cardEvent(s);
        check(stepOf(s) === 3, `${tag}: two presses of the right arrow go to step 3 (${s.hash})`);
        await page.keyboard.press('ArrowLeft');
        await user.until('/step=2/.test(s.hash)');
        check(cardEvent(await user.state()) === cards[2], `${tag}: the left arrow goes back one`);
      });
    } else {
      await step(`${tag}: a swipe`, async () => {
        const card = await user.drawn('story:card');
        await swipe(page, card.x + card.w * 0.8, card.y + card.h * 0.4, -card.w * 0.6, 0);
        await user.until('/step=2/.test(s.hash)');
        let s = await user.state();
        check(stepOf(s) === 2 && cardEvent(s) === cards[2], `${tag}: a swipe to the left shows the next card (${s.hash})`);
        await swipe(page, card.x + card.w * 0.2, card.y + card.h * 0.4, card.w * 0.6, 0);
        await user.until('/step=1/.test(s.hash)');
        s = await user.state();
        check(stepOf(s) === 1, `${tag}: a swipe to the right shows the card before (${s.hash})`);
        await user.tap('story:next');
        await user.until('/step=2/.test(s.hash)');
      });
    }

    await step(`${tag}: Play and Pause`, async () => {
      await user.tap('story:play');
      const from = stepOf(await user.state());
      const moved = await user.until(`/step=${from + 1}(&|$)/.test(s.hash)`, 12000);
      check(moved, `${tag}: Play moves to step ${from + 1} by itself (${(await user.state()).hash})`);
      const playing = await user.state();
      check(playing.widgets['story:pause'] !== undefined, `${tag}: while playing the button says Pause`);
      await user.tap('story:pause');
      const paused = await user.state();
      await page.waitForTimeout(7000);
      const later = await user.state();
      check(later.hash === paused.hash, `${tag}: paused, it stays (${paused.hash} -> ${later.hash})`);
      check(later.loop_sleeping === true, `${tag}: paused, the page sleeps`);
    });

    await step(`${tag}: the link in a fresh browser`, async () => {
      const s = await user.state();
      const fresh = await newContext(browser, vp);
      const other = new User(await fresh.newPage(), vp, { shotPrefix: 'story-link' });
      await other.page.goto(baseUrl + s.hash);
      await other.started();
      const o = await other.state();
      check(o.view === 'story' && o.hash === s.hash && cardEvent(o) === cardEvent(s),
        `${tag}: the shared link opens the same card (${o.hash}, ${cardEvent(o)})`);
      check(other.problems.length === 0, `${tag}: no errors in the fresh page (${other.problems.join('; ')})`);
      await fresh.close();
    });

    await step(`${tag}: the browser's Back leaves the story`, async () => {
      await page.goBack();
      await user.until("s.view === 'timeline'");
      const s = await user.state();
      check(s.view === 'timeline' && s.hash === '#/timeline?partner=LAO', `${tag}: Back returns to the timeline (${s.hash})`);
    });

    check(user.problems.length === 0, `${tag}: no console or page errors (${user.problems.join('; ')})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
finish();
