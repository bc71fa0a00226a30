// Pure app helpers (formatting, coordinates), in node: npx jest -c test/app/jest.config.js
// Far from Shanghai, as in the main jest.config.js.
process.env.TZ = process.env.TZ || 'America/New_York'

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/app/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
}
