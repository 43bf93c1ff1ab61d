/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    // jose 6 ships ES modules only; jest loads CommonJS, so jose is compiled like our own sources.
    '^.+/node_modules/jose/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testTimeout: 60000,
  // Unpacks the npm Chromium once before the workers start, so parallel browser tests never see a half-written binary.
  globalSetup: '<rootDir>/test/e2e/hulp/browser-klaarzetten.ts',
};
