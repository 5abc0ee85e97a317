import { mkdtemp } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { REPO } from "./paths.js";

/** A fresh folder under tests/tmp/ (git-ignored), so that tests never touch generated/. */
export async function tempDir(prefix: string): Promise<string> {
  const base = path.join(REPO, "tests/tmp");
  mkdirSync(base, { recursive: true });
  return mkdtemp(path.join(base, `${prefix}-`));
}
