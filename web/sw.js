// Accord Atlas service worker: after the first visit the app opens
// offline, and a new release arrives whole or not at all.
// - RELEASE (written by build-wasm.sh) names every file of this build with
//   its SHA-256. A release is installed only when every file fetched
//   matches it; a host still serving an old file (an upload or a CDN half
//   done) makes the install fail, and the old release stays, whole, until
//   the next visit tries again.
// - Caches are named after this deployment's scope (its path), so two
//   deployments on one site never delete each other's files.
'use strict';

const RELEASE = /*ACCORD_RELEASE*/ { id: 'dev', files: {} } /*END_ACCORD_RELEASE*/;
const PREFIX = 'accord-atlas ' + self.registration.scope + ' ';
const CACHE = PREFIX + RELEASE.id;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Every file of the release, checked against its hash, into a new cache;
// any mismatch or failed fetch leaves no cache behind and fails the install.
async function installRelease() {
  const names = Object.keys(RELEASE.files);
  const fetched = await Promise.all(names.map(async (name) => {
    const response = await fetch(new Request(name, { cache: 'reload' }));
    if (!response.ok) throw new Error(name + ' answered HTTP ' + response.status);
    const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
    if (digest !== RELEASE.files[name]) {
      throw new Error(name + ' is not the file of release ' + RELEASE.id + ' (a deployment in progress?)');
    }
    return [name, response];
  }));
  await caches.delete(CACHE);  // a failed earlier try may have left part of it
  const cache = await caches.open(CACHE);
  for (const [name, response] of fetched) {
    await cache.put(new Request(name), response.clone());
    if (name === 'index.html') await cache.put(new Request('./'), response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(installRelease().then(() => self.skipWaiting()));
});

// Caches of this deployment's older releases go; other deployments' stay.
// A cache named before scopes were (accord-atlas-HASH) goes only when it
// holds this scope's files.
async function removeOldReleases() {
  for (const key of await caches.keys()) {
    if (key === CACHE) continue;
    if (key.startsWith(PREFIX)) {
      await caches.delete(key);
    } else if (key.startsWith('accord-atlas-')) {
      const cached = await (await caches.open(key)).keys();
      if (cached.some((request) => request.url.startsWith(self.registration.scope))) await caches.delete(key);
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOldReleases().then(() => self.clients.claim()));
});

// The page asks which release serves it (the "new version" notice, tests).
self.addEventListener('message', (event) => {
  if (event.data === 'accord-release' && event.source) event.source.postMessage({ accordRelease: RELEASE.id });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page itself, whatever its query: the cached shell.
    const cached = request.mode === 'navigate'
      ? (await cache.match(request, { ignoreSearch: true })) || (await cache.match('index.html'))
      : await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (err) {
      if (request.mode === 'navigate') {
        const shell = await cache.match('index.html');
        if (shell) return shell;
      }
      throw err;
    }
  })());
});
