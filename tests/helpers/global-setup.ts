import { rmSync } from "node:fs";
import path from "node:path";
import { REPO } from "./paths.js";

/** Each run starts with an empty tests/tmp/, so that GitHub-sized outputs do not pile up. */
export default function clearScratch(): void {
  rmSync(path.join(REPO, "tests/tmp"), { recursive: true, force: true });
}
