import { loadSpec, loadSpecText } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import type { Model } from "../../generator/model/model.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import path from "node:path";
import { REPO } from "./paths.js";

/** The repo's own templates, as `npm run generate` uses them. */
export const TEMPLATES = path.join(REPO, "templates");

const published = new Map<string, Promise<{ spec: LoadedSpec; model: Model }>>();

/**
 * The loaded document and its model. A published document (under node_modules, such as GitHub's
 * 13 MB description) is loaded once per worker and shared by the test files that run there.
 */
export function modelOfFile(file: string): Promise<{ spec: LoadedSpec; model: Model }> {
  const load = async (): Promise<{ spec: LoadedSpec; model: Model }> => {
    const spec = await loadSpec(file);
    return { spec, model: buildModel(spec) };
  };
  if (!file.includes(`${path.sep}node_modules${path.sep}`)) return load();
  let loaded = published.get(file);
  if (loaded === undefined) published.set(file, (loaded = load()));
  return loaded;
}

/** A model from an OpenAPI document given as an object (written as JSON text, loaded as any file). */
export async function modelOfDocument(document: unknown, file = "inline.json"): Promise<Model> {
  return buildModel(await loadSpecText(JSON.stringify(document), file));
}

/** A 3.1 document holding the given component schemas. */
export function documentWith(
  schemas: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { openapi: "3.1.0", info: { title: "Test", version: "1" }, paths: {}, components: { schemas }, ...extra };
}
