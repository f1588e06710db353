export interface ServiceWorkerOptions {
  /**
   * Called when a new version is installed and waiting. Show a notice; call
   * `reloadNow` only when the user asks, never while they type.
   */
  onUpdateReady?: (reloadNow: () => void) => void;
}

/**
 * Call once at start-up in production builds: registers `sw.js` so the app
 * and the form definitions open offline, and reports waiting updates.
 */
export function registerServiceWorker(
  options: ServiceWorkerOptions = {},
): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const url = new URL('sw.js', document.baseURI);
  navigator.serviceWorker.register(url).then(
    // Some browsers that refuse workers (a blocking setting, an automation
    // tool) resolve with nothing rather than reject.
    (registration: ServiceWorkerRegistration | undefined) => {
      if (registration) watchForUpdates(registration, options);
    },
    (error: unknown) =>
      console.warn('Không bật được chế độ dùng khi mất mạng', error),
  );
}

function watchForUpdates(
  registration: ServiceWorkerRegistration,
  { onUpdateReady }: ServiceWorkerOptions,
): void {
  // The first install has no controller: nothing old to replace.
  const announce = (waiting: ServiceWorker) => {
    if (navigator.serviceWorker.controller) {
      onUpdateReady?.(() => activate(waiting));
    }
  };
  if (registration.waiting) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce(installing);
    });
  });
}

/** Swaps in the new version; pagehide saves the open draft on the reload. */
function activate(waiting: ServiceWorker): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => location.reload(),
    { once: true },
  );
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
