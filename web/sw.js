// Accord Atlas service worker: after the first visit the app opens
// offline. Cache-first for the bundle's files; the cache's name carries a
// hash of the bundle (build-wasm.sh writes it below), so a new build
// installs a fresh cache and the old one is deleted when it takes over.
'use strict';

const VERSION = '__ACCORD_BUNDLE_HASH__';
const CACHE = 'accord-atlas-' + VERSION;
// Relative to this file, so the bundle works from any sub-path.
const FILES = [
  './', 'index.html', 'glue.js', 'accord-atlas.js', 'accord-atlas.wasm', 'accord-atlas.data',
  'manifest.webmanifest', 'icon-192.png', 'icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith('accord-atlas-') && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
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
