import path from "node:path";
import type { GeneratedFile } from "../emit/types.js";
import type { Prettier } from "./prettier.js";

/** Only TypeScript is formatted: the markdown pages keep the layout their templates give them. */
export function isFormatted(file: GeneratedFile): boolean {
  return file.path.endsWith(".ts");
}

/**
 * The formatting step between the emitters and the write: every `.ts` file of the outputs in
 * `kinds`, formatted with the configuration Prettier finds for its destination under `out`.
 * One file at a time: Prettier works on the main thread, so running several at once would only
 * hold more of them in memory.
 */
export async function formatOutputs<Kind extends string>(
  byKind: ReadonlyMap<Kind, readonly GeneratedFile[]>,
  kinds: ReadonlySet<Kind>,
  prettier: Prettier,
  out: string,
): Promise<Map<Kind, readonly GeneratedFile[]>> {
  const formatted = new Map<Kind, readonly GeneratedFile[]>();
  for (const [kind, files] of byKind) {
    if (!kinds.has(kind)) {
      formatted.set(kind, files);
      continue;
    }
    const next: GeneratedFile[] = [];
    for (const file of files) {
      next.push(
        isFormatted(file)
          ? { path: file.path, contents: await prettier.format(file.contents, path.resolve(out, file.path)) }
          : file,
      );
    }
    formatted.set(kind, next);
  }
  return formatted;
}
