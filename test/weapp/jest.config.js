// Loads the REAL compiled weapp (dist/) into miniprogram-simulate. Build first:
//   NODE_ENV=production npx taro build --type weapp && npx jest -c test/weapp/jest.config.js
module.exports = {
  rootDir: '../..',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  // dist/ is plain CommonJS already; leave it (and node_modules) untransformed.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  testTimeout: 30000,
}
