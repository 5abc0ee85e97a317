import { escapePointerToken, pointerTokens } from "../codegen/json-pointer.js";
import { walkSchemas } from "./schema-walk.js";

/**
 * `$dynamicRef: "#name"` (JSON Schema 2020-12) made the `$ref` it means here. Its target is the
 * schema with `$dynamicAnchor: name`; an outer schema can override that anchor only from another
 * schema resource (one with its own `$id`), since anchors are unique within a resource. In a
 * document without `$id`, every schema is one resource, so the reference is static and Ajv
 * resolves it to that one schema: the rewrite has Ajv's meaning, and the model, types, docs and
 * validators treat it as any `$ref` (a recursive type, a shared validator). Documents with `$id`
 * keep their `$dynamicRef`s (the validators emitter refuses them by name).
 * Returns the number of references rewritten; the document is changed in place.
 */
export function resolveDynamicRefs(document: Record<string, unknown>): number {
  const anchors = new Map<string, string[]>();
  const references: Record<string, unknown>[] = [];
  for (const visit of walkSchemas(document)) {
    const schema = visit.schema;
    if (typeof schema.$id === "string") return 0;
    if (typeof schema.$dynamicAnchor === "string") {
      const found = anchors.get(schema.$dynamicAnchor) ?? [];
      found.push(visit.pointer);
      anchors.set(schema.$dynamicAnchor, found);
    }
    if (typeof schema.$dynamicRef === "string" && !("$ref" in schema)) references.push(schema);
  }
  let rewritten = 0;
  for (const schema of references) {
    const name = /^#([A-Za-z_][-A-Za-z0-9._]*)$/.exec(schema.$dynamicRef as string)?.[1];
    const targets = name === undefined ? undefined : anchors.get(name);
    if (targets?.length !== 1) continue;
    schema.$ref = `#${pointerTokens(targets[0]!)
      .map((token) => `/${encodeURIComponent(escapePointerToken(token))}`)
      .join("")}`;
    delete schema.$dynamicRef;
    rewritten++;
  }
  return rewritten;
}
