import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Whole-document runs (GitHub's 13 MB description) take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Validators compiled by the tests into tests/tmp/ are plain JavaScript: Node imports them
    // as they are. Sent through Vite's transform, GitHub's 5,800 modules took 45 s instead of 6 s.
    server: { deps: { external: [/\/tests\/tmp\//] } },
  },
});
