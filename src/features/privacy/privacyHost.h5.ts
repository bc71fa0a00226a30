// h5 (the local debug build; the mini-program takes privacyHost.ts): no host asks; pages call ensureConsentInBrowser.

/** The answer WeChat waits for (unused on h5; the same type as privacyHost.ts). */
export type PrivacyResolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void

/** Nothing to watch in the browser. */
export function watchPrivacyRequests(_handle: (resolve: PrivacyResolve) => void): void {}
