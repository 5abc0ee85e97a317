import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Whole-document runs (GitHub's 13 MB description) take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
