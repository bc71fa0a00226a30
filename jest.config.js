// One jest run, three projects: node (unit, integration), e2e (Chromium on the h5 build) and weapp (the WeChat
// simulator, jsdom). `npm test` runs each project on its own as soon as what it loads is built (`--selectProjects`).
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }]
// ESM-only packages the local cloud's store imports (its spatial index): compiled for jest like our own code.
const esmOnly = ['/node_modules/(?!(kdbush|geokdbush|tinyqueue)/)']
// Taro's per-platform files (x.h5.ts beside x.ts): picked by TARO_ENV, as the build does.
const resolver = '<rootDir>/test/helpers/platformResolver.js'
// `@/…` is the repository root, as in tsconfig.json's paths and config/index.ts's alias.
const moduleNameMapper = { '^@/(.*)$': '<rootDir>/$1' }

// Every run is far from Shanghai, so a rule that reads the device's zone instead of the block's (Asia/Shanghai, UTC+8,
// no daylight saving) fails here rather than passing by luck on a machine set to China: New York is 12–13 h behind
// and has daylight saving. Jest's workers inherit it; `TZ=... npx jest` overrides it (test/types/zone.test.ts checks
// the run is not on Shanghai time).
process.env.TZ = process.env.TZ || 'America/New_York'

module.exports = {
  // 5 s (jest's default) is too tight for the integration suites' "many at once" tests on 2 shared cores while the
  // builds run beside them; a test that needs longer says so itself (the e2e suites do). Speed is `npm run bench`'s job.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      resolver,
      moduleNameMapper,
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/weapp/', '<rootDir>/test/e2e/', '/node_modules/'],
      transformIgnorePatterns: esmOnly,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      resolver,
      moduleNameMapper,
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: esmOnly,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
    {
      displayName: 'weapp',
      resolver,
      moduleNameMapper,
      // jsdom for the simulator, plus the real local cloud for each test file (test/weapp/harness/cloudEnvironment.ts).
      testEnvironment: '<rootDir>/test/weapp/harness/cloudEnvironment.ts',
      transform: { '^.+\\.(t|j)sx?$': swc },
      // dist/ is the weapp build, plain CommonJS already: load it as WeChat would, untransformed.
      transformIgnorePatterns: [...esmOnly, '<rootDir>/dist/'],
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
  ],
}
