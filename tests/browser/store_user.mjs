// A user of the browser app's data features, for the browser tests: taps
// named widgets (the state hook's rectangles) like a finger or a mouse,
// picks files, and reads or damages what IDBFS keeps in IndexedDB.
import path from 'node:path';

import { artifacts } from './harness.mjs';

export const desktop = { size: '1280x800', width: 1280, height: 800, scale: 1, touch: false };
export const phone = { size: '390x844', width: 390, height: 844, scale: 3, touch: true };

export class StoreUser {
  constructor(page, vp, shotPrefix) {
    this.page = page;
    this.vp = vp;
    this.shotPrefix = shotPrefix;
    // For the IndexedDB readers below (page.evaluate sees none of this file).
    page.addInitScript(() => {
      window.openStoreDatabase = (name) => new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    });
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }
  // A new browser profile (its own IndexedDB), or a new tab of `context`'s.
  static async open(browser, vp, shotPrefix, context = null) {
    context = context || await browser.newContext({ viewport: { width: vp.width, height: vp.height },
      deviceScaleFactor: vp.scale, isMobile: vp.touch, hasTouch: vp.touch, acceptDownloads: true });
    return new StoreUser(await context.newPage(), vp, shotPrefix);
  }
  async goto(url) {
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.accord && window.accord.state().frames > 2, null, { timeout: 30000 });
    await this.settle();
  }
  state() { return this.page.evaluate(() => window.accord.state()); }
  async settle() {
    let last = -1;
    for (let i = 0; i < 40; i++) {
      const s = await this.state();
      if (s.frames === last && !(s.data && s.data.syncs_in_flight)) return;
      last = s.frames;
      await this.page.waitForTimeout(100);
    }
  }
  // Waits until `predicate(state, arg)` holds in the page (it sees only
  // what `arg` carries, not this file's variables); false after the timeout.
  async until(predicate, timeout = 8000, arg = null) {
    try {
      await this.page.waitForFunction(`(${predicate.toString()})(window.accord.state(), ${JSON.stringify(arg)})`, null, { timeout });
      await this.settle();
      return true;
    } catch {
      return false;
    }
  }
  async tap(name) {
    if (!(await this.until(new Function('s', `return !!s.widgets[${JSON.stringify(name)}]`)))) {
      throw new Error(`widget "${name}" was never drawn (${Object.keys((await this.state()).widgets).join(', ')})`);
    }
    const [x, y, w, h] = (await this.state()).widgets[name];
    if (this.vp.touch) await this.page.touchscreen.tap(x + w / 2, y + h / 2);
    else await this.page.mouse.click(x + w / 2, y + h / 2);
    await this.page.waitForTimeout(80);
    await this.settle();
  }
  // Picks `file` (a path, or {name, mimeType, buffer}) in the chooser the tap opens.
  async pick(file) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: 8000 }), this.tap('data:import')]);
    await chooser.setFiles(file);
    await this.page.waitForTimeout(150);
    await this.settle();
  }
  // The store's IndexedDB database: IDBFS names it after the store's folder
  // (one per deployment, keyed by the page's path).
  async storeDatabase() {
    const file = (await this.state()).data.store_path;
    return { db: file.slice(0, file.lastIndexOf('/')), file };
  }
  // Every file IDBFS keeps, as path -> SHA-256 of its bytes.
  async idb() {
    const { db: dbName } = await this.storeDatabase();
    return this.page.evaluate(async (dbName) => {
      const db = await window.openStoreDatabase(dbName);
      if (!db.objectStoreNames.contains('FILE_DATA')) return {};
      const entries = await new Promise((resolve, reject) => {
        const out = [];
        const cursor = db.transaction('FILE_DATA').objectStore('FILE_DATA').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return resolve(out);
          out.push([String(c.key), c.value.contents]);
          c.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      });
      db.close();
      const hashes = {};
      for (const [key, contents] of entries) {
        if (!contents) continue;  // a folder
        const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(contents));
        hashes[key] = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      }
      return hashes;
    }, dbName);
  }
  // The stored dataset as IndexedDB has it now (null when there is none).
  async storedDataset() {
    const where = await this.storeDatabase();
    return this.page.evaluate(async ({ db: dbName, file }) => {
      const db = await window.openStoreDatabase(dbName);
      if (!db.objectStoreNames.contains('FILE_DATA')) return null;
      const entry = await new Promise((resolve) => {
        const r = db.transaction('FILE_DATA').objectStore('FILE_DATA').get(file);
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return entry ? JSON.parse(new TextDecoder().decode(entry.contents)) : null;
    }, where);
  }
  // Cuts the stored dataset in IndexedDB in half, as a crash or a full disk might.
  async damageStore() {
    const where = await this.storeDatabase();
    return this.page.evaluate(async ({ db: dbName, file }) => {
      const db = await window.openStoreDatabase(dbName);
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const entry = await new Promise((resolve) => { const r = store.get(file); r.onsuccess = () => resolve(r.result); });
      entry.contents = entry.contents.slice(0, Math.floor(entry.contents.length / 2));
      await new Promise((resolve) => { const r = store.put(entry, file); r.onsuccess = resolve; });
      db.close();
      return entry.contents.length;
    }, where);
  }
  async shot(name) {
    await this.settle();
    await this.page.screenshot({ path: path.join(artifacts, `${this.shotPrefix}-${this.vp.size}-${name}.png`) });
  }
}
