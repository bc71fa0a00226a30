// src/app.config.ts as Taro reads it (its `defineAppConfig` is a build-time global: the identity function).
;(globalThis as unknown as { defineAppConfig: <T>(config: T) => T }).defineAppConfig = (config) => config

// eslint-disable-next-line @typescript-eslint/no-var-requires
const appConfig = require('../../src/app.config').default as {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
}

/** Every page of the app, as paths without a leading slash (main package first). */
export const ALL_PAGES: string[] = [...appConfig.pages, ...appConfig.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

export default appConfig
