import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { GeneratedFile } from "../../generator/emit/emitter.js";

/** Every file below `dir`, as the generator's file records (`/`-separated relative paths). */
export async function readTree(dir: string, sub = ""): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const relative = sub === "" ? entry.name : `${sub}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await readTree(dir, relative)));
    else files.push({ path: relative, contents: await readFile(path.join(dir, relative), "utf8") });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
