import path from "node:path";
import type { GeneratedFile } from "../emit/emitter.js";
import { formatAll, type Prettier } from "./prettier.js";

/** Only TypeScript is formatted: the markdown pages keep the layout their templates give them. */
export function isFormatted(file: GeneratedFile): boolean {
  return file.path.endsWith(".ts");
}

/**
 * The formatting step between the emitters and the write: every `.ts` file of the outputs in
 * `kinds`, formatted with the configuration Prettier finds for its destination under `out`.
 */
export async function formatOutputs<Kind extends string>(
  byKind: ReadonlyMap<Kind, readonly GeneratedFile[]>,
  kinds: ReadonlySet<Kind>,
  prettier: Prettier,
  out: string,
): Promise<Map<Kind, readonly GeneratedFile[]>> {
  const chosen = [...byKind].flatMap(([kind, files]) => (kinds.has(kind) ? files.filter(isFormatted) : []));
  const formatted = await formatAll(
    prettier,
    chosen.map((file) => ({ source: file.contents, destination: path.resolve(out, file.path) })),
  );
  const byFile = new Map(chosen.map((file, index) => [file, formatted[index]!]));
  return new Map(
    [...byKind].map(([kind, files]) => [
      kind,
      files.map((file) => {
        const contents = byFile.get(file);
        return contents === undefined ? file : { path: file.path, contents };
      }),
    ]),
  );
}
