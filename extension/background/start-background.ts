/** Wires the background service worker: message router, pack store, alarms. */
export function startBackground(): void {}
