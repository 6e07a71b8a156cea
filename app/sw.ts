// The service worker (Serwist). Not part of the Next build: scripts/build-sw.mjs bundles
// it with esbuild after `next build`, injecting the precache list of that build, into
// <distDir>/sw.js, which app/sw.js/route.ts serves at /sw.js (scope "/").
//
// Policy, in order of the routes below:
// - precache: the build's /_next/static files, the icons and the /offline page, so the
//   app shell and every page's JS/CSS are on the device right after install;
// - navigations to the offline-capable screens (the POS): NetworkFirst with a 3 s timeout,
//   then the copy cached on the last online visit; the POS keeps its data in IndexedDB;
// - every other navigation: network only (money screens are never shown stale), and the
//   /offline page when there is no network;
// - static assets not yet cached: CacheFirst (their names are content-hashed);
// - API calls, RSC payloads, server actions and the real-time stream are not intercepted
//   at all: they go straight to the network.
// A new version waits until the page posts SKIP_WAITING (the "Reload" prompt), so a sale
// in progress is never interrupted by an update.
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";

type PrecacheEntry = { url: string; revision: string | null };
type Match = { request: Request; url: URL };
type PagePlugin = {
  cacheWillUpdate?: (p: { response: Response }) => Response | null;
  cacheKeyWillBeUsed?: (p: { request: Request }) => string;
};
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: PrecacheEntry[] };

/** Screens that open with no network; their HTML is cached on each online visit. */
const OFFLINE_PAGES = new Set(["/merchant/pos"]);
const PAGES_CACHE = "gs-pages";
const STATIC_CACHE = "gs-static";

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Cache only a complete, final page: a redirect (e.g. to /login when the session ended)
// or an error must never replace the last good POS page.
const onlyFinalPages: PagePlugin = {
  cacheWillUpdate: ({ response }) =>
    response.status === 200 && !response.redirected && response.type === "basic" ? response : null,
};

// One entry per screen: /merchant/pos?x=1 and /merchant/pos are the same offline page.
const withoutQuery: PagePlugin = {
  cacheKeyWillBeUsed: ({ request }) => {
    const url = new URL(request.url);
    url.search = "";
    return url.href;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // Signing out forgets the cached pages: the next person on this device must not
      // open the previous shop's POS from the cache.
      method: "POST",
      matcher: ({ url }: Match) => sameOrigin(url) && url.pathname === "/api/auth/signout",
      handler: async ({ request }: Match) => {
        const response = await fetch(request);
        if (response.ok) await caches.delete(PAGES_CACHE);
        return response;
      },
    },
    {
      matcher: ({ request, url }: Match) =>
        request.mode === "navigate" && sameOrigin(url) && OFFLINE_PAGES.has(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 3,
        matchOptions: { ignoreVary: true },
        plugins: [onlyFinalPages, withoutQuery],
      }),
    },
    {
      matcher: ({ request, url }: Match) => request.mode === "navigate" && sameOrigin(url),
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ url }: Match) =>
        sameOrigin(url) && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/")),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60, purgeOnQuotaError: true })],
      }),
    },
  ],
  // A navigation that fails (no network, nothing cached) gets the precached /offline page.
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }: { request: Request }) => request.mode === "navigate" }],
  },
});

// A new version drops the old build's chunks from the precache, so a POS page cached by the
// old version would open offline without its code. Re-fetch the cached pages when a new
// version activates (the device is online then: it just downloaded the update).
async function refreshCachedPages() {
  const cache = await caches.open(PAGES_CACHE);
  for (const request of await cache.keys()) {
    try {
      const response = await fetch(request.url, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (onlyFinalPages.cacheWillUpdate?.({ response })) await cache.put(request, response);
      else await cache.delete(request); // signed out meanwhile: the old copy is unusable
    } catch {
      // offline after all: keep the old copy, it may still work
    }
  }
}
self.addEventListener("activate", (event) => event.waitUntil(refreshCachedPages()));

serwist.addEventListeners();

// Web Push (due reminders, order status): the server sends {title, body, url, tag}
// (lib/push/send.ts); show it, and a tap opens (or focuses) that screen of the app.
self.addEventListener("push", (event) => {
  let data: { title?: string; body?: string; url?: string; tag?: string } = {};
  try {
    data = event.data?.json() ?? {};
  } catch {
    data = { body: event.data?.text() };
  }
  event.waitUntil(
    self.registration.showNotification(data.title ?? "GraminStore", {
      body: data.body ?? "",
      tag: data.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: data.url ?? "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const raw = (event.notification.data as { url?: string } | null)?.url ?? "/";
  // Only this app's own screens: a payload cannot send the tap elsewhere.
  const target = new URL(raw, self.location.origin);
  const url = target.origin === self.location.origin ? target.href : self.location.origin;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(async (windows) => {
      for (const w of windows) {
        if ("focus" in w) {
          await (w as WindowClient).navigate(url).catch(() => null);
          return (w as WindowClient).focus();
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
