/*
 * The offline survey's service worker (decision 1702). It keeps the app's page and files, never
 * personal data (that is in IndexedDB, per user): the page is asked from the network first and
 * taken from the cache when there is none; the files (content-hashed URLs) from the cache first.
 * The API is never cached.
 */
var CACHE = 'giamngheo-field-1';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('giamngheo-field-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

/** The page lists its own files; they are fetched and kept (the answer says whether it worked). */
self.addEventListener('message', function (event) {
  if (!event.data || event.data.type !== 'cache') { return; }
  var port = event.ports && event.ports[0];
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(event.data.urls.map(function (url) {
      return fetch(url, { credentials: 'same-origin', redirect: 'follow' }).then(function (r) {
        if (!r.ok || r.redirected) { throw new Error('not kept: ' + url); }
        return cache.put(url, r);
      });
    }));
  }).then(function () { if (port) { port.postMessage({ cached: true }); } },
    function () { if (port) { port.postMessage({ cached: false }); } }));
});

function isPage(request, url) {
  return request.mode === 'navigate' && (url.pathname === '/field/' || url.pathname === '/field');
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (isPage(request, url)) {
    event.respondWith(fetch(request).then(function (r) {
      // a login page after a redirect is not the app: shown, not kept
      if (r.ok && !r.redirected) {
        var copy = r.clone();
        caches.open(CACHE).then(function (cache) { cache.put('/field/', copy); });
      }
      return r;
    }).catch(function () {
      return caches.match('/field/').then(function (kept) { return kept || Response.error(); });
    }));
    return;
  }
  if (url.pathname.indexOf('/assets/') === 0 || /^\/field\/(manifest\.webmanifest|icon-\d+\.png)$/.test(url.pathname)) {
    event.respondWith(caches.match(request).then(function (kept) {
      return kept || fetch(request).then(function (r) {
        if (r.ok) {
          var copy = r.clone();
          caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        }
        return r;
      });
    }));
  }
});
