import { defineConfig } from "vitest/config";

/**
 * The fast suite (`npm test`): everything but whole-corpus runs. Its slowest test takes seconds;
 * the timeout stays far above so that a loaded CI machine is not a red build.
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/corpus/**", "**/node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/fast-check-seed.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Both cores (Vitest 4 takes half of them by default), and one module graph per worker rather
    // than per file: TypeScript, Ajv and the generator load once per worker. The suite's CPU time
    // fell from 230 s to 120 s; no test depends on a fresh module state (each writes under its
    // own folder of tests/tmp/).
    maxWorkers: 2,
    isolate: false,
    // Validators compiled by the tests into tests/tmp/ are plain JavaScript: Node imports them
    // as they are. Sent through Vite's transform, GitHub's 5,800 modules took 45 s instead of 6 s.
    server: { deps: { external: [/\/tests\/tmp\//] } },
  },
});
