/** @type {import('jest').Config} */
module.exports = {
  // At least two workers: with jest's default (cores - 1) a 2-core machine runs every suite in band, in jest's own
  // process, which took 6 minutes against 3.5 with two workers, and a crash of Node's experimental vm modules took
  // the whole run down with it instead of one suite. Each suite has its own schema and free ports, so they run side by side.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest reads this file as CommonJS
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
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
