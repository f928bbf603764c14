// Keeps the page's files so that it opens and checks without a network once it has been
// loaded. The build writes the version, a digest of the files, so a new build replaces the
// old cache. Every file is answered from the cache first; nothing else is ever fetched.
'use strict';

const VERSION = '__VERSION__';
const CACHE = `ovk-web-${VERSION}`;
const FILES = ['./', 'index.html', 'style.css', 'text.js', 'ovk-wasm.js', 'ovk.js', 'app.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((kept) => kept || fetch(event.request)));
});
