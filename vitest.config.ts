import { defineConfig } from 'vitest/config';

// Three levels: pure logic, the HTTP API on both databases, and the browser. Component tests
// (`*.component.test.tsx`) run with the unit tests, each in happy-dom by a
// `// @vitest-environment happy-dom` line at its top.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/shared/**/*.test.ts', 'src/core/**/*.test.ts', 'src/web/**/*.test.ts', 'src/web/**/*.component.test.tsx', 'e2e/support/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time (each with its own server, database and browser): the suite
          // stays inside CI's time on two cores.
          maxWorkers: 2,
          // A page loads its own code on first visit: give a browser poll time to see it.
          expect: { poll: { timeout: 10_000 } },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
