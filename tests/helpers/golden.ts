import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

/**
 * Compares `actual` with a committed golden file. `UPDATE_GOLDEN=1 npx vitest run` rewrites the
 * file instead (review the diff before committing); a missing golden file is a failure, not a pass.
 */
export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run and review it`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
