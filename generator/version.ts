import { readFileSync } from "node:fs";
import path from "node:path";
import { BUNDLED_TEMPLATES } from "./emit/template.js";

/** specgen's own version, from its package.json. */
export function version(): string {
  return (
    JSON.parse(readFileSync(path.join(path.dirname(BUNDLED_TEMPLATES), "package.json"), "utf8")) as { version: string }
  ).version;
}
