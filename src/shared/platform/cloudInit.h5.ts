// h5 (the local debug build; the mini-program takes cloudInit.ts): the local cloud needs no set-up.

/** Nothing to initialise: src/shared/api/transport.h5.ts posts to the local cloud directly. */
export function initCloud(): void {}
