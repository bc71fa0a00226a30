// One jest run, two worlds: node (unit, integration, browser end-to-end) and jsdom (the WeChat simulator).
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }]
// ESM-only packages the local cloud's store imports (its spatial index): compiled for jest like our own code.
const esmOnly = ['/node_modules/(?!(kdbush|geokdbush|tinyqueue)/)']

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/weapp/', '/node_modules/'],
      transformIgnorePatterns: esmOnly,
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
  ],
}
