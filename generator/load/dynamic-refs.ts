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
 *
 * `$recursiveRef: "#"` (JSON Schema 2019-09, the draft before) in a component schema is made a
 * `$ref` to that component: what its author means, and how Ajv reads it when it compiles the
 * component (the schema compiled is the root `#` names). Anywhere else it is left to be warned
 * about as a keyword OpenAPI's dialects do not have.
 * Returns the number of references rewritten; the document is changed in place.
 */
export function resolveDynamicRefs(document: Record<string, unknown>): number {
  const anchors = new Map<string, string[]>();
  const references: Record<string, unknown>[] = [];
  const recursive: { schema: Record<string, unknown>; pointer: string }[] = [];
  for (const visit of walkSchemas(document)) {
    const schema = visit.schema;
    if (typeof schema.$id === "string") return 0;
    if (typeof schema.$dynamicAnchor === "string") {
      const found = anchors.get(schema.$dynamicAnchor) ?? [];
      found.push(visit.pointer);
      anchors.set(schema.$dynamicAnchor, found);
    }
    if (typeof schema.$dynamicRef === "string" && !("$ref" in schema)) references.push(schema);
    if (schema.$recursiveRef === "#" && !("$ref" in schema)) recursive.push({ schema, pointer: visit.pointer });
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
  for (const { schema, pointer } of recursive) {
    const [components, schemas, name] = pointerTokens(pointer);
    if (components !== "components" || schemas !== "schemas" || name === undefined) continue;
    schema.$ref = `#/components/schemas/${encodeURIComponent(escapePointerToken(name))}`;
    delete schema.$recursiveRef;
    rewritten++;
  }
  return rewritten;
}
