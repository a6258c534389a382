/**
 * Service worker of the phase timer (registered by src/components/tools/timer.ts with the timer page
 * as its scope, so it controls nothing else). The page sends the URLs it loaded; they are cached, and
 * while the network is gone the timer page and its files come from the cache. Network first otherwise,
 * so a new version of the site is picked up when online.
 */
const CACHE = 'intervisiekit-timer-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'cache' || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.filter((u) => typeof u === 'string' && new URL(u).origin === self.location.origin);
  const reply = event.ports && event.ports[0];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => undefined))))
      .then(() => reply && reply.postMessage('cached')),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const page = request.mode === 'navigate';
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: page }).then((hit) => hit || Response.error()),
      ),
  );
});
