/**
 * weapp: nothing to do — WeChat downloads the main package (with the tab pages) before the app starts and each
 * subpackage on first use. See preloadPages.h5.ts for the h5 build.
 */
export function preloadPages(): void {}
