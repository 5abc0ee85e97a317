import { defineConfig } from "vitest/config";
import fast from "./vitest.config.js";

/**
 * The corpus suite (`npm run test:corpus`): GitHub's 13 MB description and other whole documents.
 * Its slowest test (type-checking all of GitHub's output) takes about three and a half minutes on
 * a 2-core machine while the other worker runs the rest, and up to twice that on a loaded one,
 * hence a timeout well above three times that.
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
