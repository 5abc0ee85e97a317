import { defineConfig } from "vitest/config";
import fast from "./vitest.config.js";

/**
 * The corpus suite (`npm run test:corpus`): GitHub's 13 MB description and other whole documents.
 * Its slowest test (type-checking all of GitHub's output) takes about two minutes on an idle
 * 2-core machine and up to five on a loaded one, hence a timeout three times above that.
 */
export default defineConfig({
  test: {
    ...fast.test,
    include: ["tests/corpus/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
