// One jest run, two worlds: node (unit, integration, browser end-to-end) and jsdom (the WeChat simulator).
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }]

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/weapp/', '/node_modules/'],
    },
    {
      displayName: 'weapp',
      // jsdom for the simulator, plus the real local cloud for each test file (test/weapp/harness/cloudEnvironment.ts).
      testEnvironment: '<rootDir>/test/weapp/harness/cloudEnvironment.ts',
      transform: { '^.+\\.(t|j)sx?$': swc },
      // dist/ is the weapp build, plain CommonJS already: load it as WeChat would, untransformed.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
  ],
}
