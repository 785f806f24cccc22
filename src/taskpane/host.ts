/**
 * Which Office host the pane runs in, if any. office.js loads from the CDN in production
 * and from the package's copy on the standalone page; if it did not load at all, the pane
 * still runs, without Excel.
 */

/* global Office, window */

export interface HostInfo {
  /** "Excel" inside Excel; null on the standalone page. */
  readonly host: string | null;
  readonly platform: string | null;
}

export const NO_HOST: HostInfo = { host: null, platform: null };

/** Resolves once office.js is ready (or at once when office.js is absent). */
export function detectHost(
  officeGlobal: typeof Office | undefined = (window as { Office?: typeof Office }).Office
): Promise<HostInfo> {
  if (!officeGlobal || typeof officeGlobal.onReady !== "function") return Promise.resolve(NO_HOST);
  return officeGlobal.onReady().then(
    (info) => ({
      host: info.host ? String(info.host) : null,
      platform: info.platform ? String(info.platform) : null,
    }),
    () => NO_HOST
  );
}
