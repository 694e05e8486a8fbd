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
// large synthetic dataset in the build folder).
export async function serveDist(extraFiles = {}) {
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
    const file = rel && path.join(dist, path.normalize(rel));
    if (!file || !file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
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
      '--no-first-run', '--disable-quic'],
  });
}

// A test's tally: check(ok, what) prints and counts a result, failure()
// counts one with no line of its own, finish() prints the totals and exits.
export function tally(label) {
  let passed = 0;
  let failed = 0;
  return {
    check(ok, what) {
      if (ok) passed++; else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} - ${what}`);
      return ok;
    },
    failure() { failed++; },
    finish() {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}
