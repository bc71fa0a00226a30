// Runs only the local-cloud store and API suites until the root jest config lands.
const path = require('path')
module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/local-cloud/{store,cloudbase-api,services,conformance}/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  // ESM-only packages of the store's spatial index, compiled for jest.
  transformIgnorePatterns: ['/node_modules/(?!(kdbush|geokdbush|tinyqueue)/)'],
}
