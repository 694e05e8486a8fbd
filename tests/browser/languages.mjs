// The web app in the browser's language: Chromium set to vi-VN and to
// fr-FR (playwright's locale: navigator.languages), at desktop and phone
// size. The state says the language, the tabs are drawn in it (their widget
// names stay English), the Settings popup offers the four choices, a choice
// there wins and survives a reload; English where the browser's language is
// not offered.
//   node tests/browser/languages.mjs      (after ./build-wasm.sh)
// Screenshots go to test-artifacts/browser-<size>-lang-<code>-*.png.
import fs from 'node:fs';
import path from 'node:path';

import { artifacts, desktopAndPhone, dist, launchChromium, serveDist, tally, User } from './harness.mjs';

const { check, failure, finish, step } = tally('browser-languages');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`browser-languages: ${dist} is missing: run ./build-wasm.sh first`);
  failure();
  finish();
}
fs.mkdirSync(artifacts, { recursive: true });
const { server, baseUrl } = await serveDist();
const browser = await launchChromium();

const languages = [
  { locale: 'vi-VN', code: 'vi', timeline: 'Dòng thời gian', people: 'Nhân vật' },
  { locale: 'fr-FR', code: 'fr', timeline: 'Chronologie', people: 'Personnes' },
  { locale: 'de-DE', code: 'en', timeline: 'Timeline', people: 'People' },
];

try {
  for (const vp of desktopAndPhone) {
    for (const lang of languages) {
      const tag = `${vp.size} ${lang.locale}`;
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.deviceScaleFactor,
        isMobile: vp.isMobile, hasTouch: vp.hasTouch, locale: lang.locale,
      });
      const page = await context.newPage();
      const user = new User(page, vp, { shotPrefix: `lang-${lang.code}` });
      await step(tag, async () => {
        await page.goto(baseUrl);
        await user.started();
        let s = await user.state();
        check(s.language === lang.code, `${tag}: the state says ${lang.code} (${s.language})`);
        check(s.language_setting === 'system', `${tag}: following the browser (${s.language_setting})`);
        check(s.labels['tab:timeline'] === lang.timeline, `${tag}: the Timeline tab reads "${s.labels['tab:timeline']}"`);
        check(s.labels['tab:people'] === lang.people, `${tag}: the People tab reads "${s.labels['tab:people']}"`);
        await user.shot('timeline');
        if (lang.code === 'en') return;
        // Every tab, drawn in the language: a screenshot each to look at.
        for (const tab of ['agreements', 'people', 'partners', 'trends', 'network']) {
          await user.tap(`tab:${tab}`);
          await user.settle();
          s = await user.state();
          check(s.view === tab, `${tag}: the ${tab} tab opens its view`);
          await user.shot(tab);
        }
        await user.tap('tab:timeline');
        await user.settle();
        // Settings: the four choices; English wins over the browser, and stays after a reload.
        await user.tap('settings');
        await user.settle();
        s = await user.state();
        check(['system', 'en', 'vi', 'fr'].every((c) => `settings:language:${c}` in s.widgets),
          `${tag}: Settings offers System, English, Tiếng Việt and Français`);
        await user.shot('settings');
        await user.tap('settings:language:en');
        await user.settle();
        s = await user.state();
        check(s.language === 'en' && s.labels['tab:timeline'] === 'Timeline', `${tag}: English chosen in Settings`);
        await page.reload();
        await user.started();
        s = await user.state();
        check(s.language === 'en' && s.language_setting === 'en', `${tag}: the choice survives a reload (${s.language})`);
      });
      check(user.problems.length === 0, `${tag}: no page errors${user.problems.length ? ': ' + user.problems.join('; ') : ''}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
finish();
