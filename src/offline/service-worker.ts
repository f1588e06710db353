// Runs in the service worker, not the page. Built by offlinePlugin() into
// sw.js, which replaces the manifest placeholder with the built files.

// A classic worker script cannot import the app's chunks: PRECOMPILED_FILES
// of core/validation/precompiled-format, spelled here (a test compares).
const PRECOMPILED_FILES = [
  'precompiled-conditions.json',
  'precompiled-parts.json',
];

interface PrecacheManifest {
  version: string;
  files: string[];
}

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: never) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifest = JSON.parse('__BIEU_MAU_PRECACHE__') as PrecacheManifest;
const SHELL_PREFIX = 'bieu-mau-shell-';
const shellCache = SHELL_PREFIX + manifest.version;
const formsCache = 'bieu-mau-forms';
const scope = new URL(worker.registration.scope);
const shellUrls = new Set(
  ['./', ...manifest.files].map((file) => new URL(file, scope).href),
);

worker.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    caches
      .open(shellCache)
      .then((cache) => cache.addAll([...shellUrls]))
      .then(() => precacheForms()),
  );
});

worker.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_PREFIX))
            .filter((name) => name !== shellCache)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

// The page asks for this only when the user chose to reload.
worker.addEventListener('message', (event: MessageEvent) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(cachedOr(new URL('index.html', scope).href, request));
  } else if (url.pathname.startsWith(new URL('forms/', scope).pathname)) {
    event.respondWith(networkFirst(request));
  } else if (shellUrls.has(url.href)) {
    event.respondWith(cachedOr(url.href, request));
  }
});

/** Hashed files never change under one name, so the cache wins. */
async function cachedOr(key: string, request: Request): Promise<Response> {
  const cached = await caches.match(key);

  return cached ?? fetch(request);
}

/** Definitions may change on the server: fresh when online, cached when not. */
async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(formsCache);
      await cache.put(request, response.clone());
    }

    return response;
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

interface CatalogShape {
  forms: {
    formId: string;
    versions: { version: string; locales: string[] }[];
  }[];
}

/** Every file a listed version needs, so a form opens offline. */
async function precacheForms(): Promise<void> {
  const cache = await caches.open(formsCache);
  const index = new URL('forms/index.json', scope).href;
  const response = await fetch(index);
  if (!response.ok) return;
  await cache.put(index, response.clone());
  const catalog = (await response.json()) as CatalogShape;
  const files = catalog.forms.flatMap((form) => [
    `${form.formId}/form.json`,
    ...form.versions.flatMap((v) => [
      `${form.formId}/${v.version}/schema.json`,
      `${form.formId}/${v.version}/uischema.json`,
      `${form.formId}/${v.version}/version.json`,
      ...PRECOMPILED_FILES.map((f) => `${form.formId}/${v.version}/${f}`),
      ...v.locales.map((l) => `${form.formId}/${v.version}/i18n/${l}.json`),
    ]),
  ]);
  await Promise.all(files.map((file) => cacheIfPresent(cache, file)));
}

/** Optional files (version.json) may be absent; that is not an error. */
async function cacheIfPresent(cache: Cache, file: string): Promise<void> {
  const url = new URL(`forms/${file}`, scope).href;
  const response = await fetch(url);
  if (response.ok) await cache.put(url, response);
}
