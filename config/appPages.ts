// Every page of the mini-program, read from src/app.config.ts outside Taro's build (for the local cloud's
// wxacode.getUnlimited `check_path`). Taro's `defineAppConfig` is a build-time global, the identity function.
Object.assign(globalThis, { defineAppConfig: <T>(config: T): T => config })
// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs -- after the global above: an import would be hoisted before it
const appConfig = require('../src/app.config').default as { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> }

/** Full page paths without a leading slash, the main package first (its first page is the home page). */
export const appPages: string[] = [...appConfig.pages, ...(appConfig.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
