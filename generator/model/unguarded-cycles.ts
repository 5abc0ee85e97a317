import { SpecError, type SourceLocation } from "../errors.js";
import type { NamedSchema, SchemaNode } from "./model.js";

/** A reference a schema makes without nesting: through `allOf`, `oneOf`, `anyOf` or `not`. */
interface Edge {
  readonly target: string;
  /** Pointer of the schema that holds the `$ref`. */
  readonly pointer: string;
}

/**
 * Refuses a schema that includes itself without nesting (`A: allOf: [B]`, `B: allOf: [A]`, or a
 * union member whose `allOf` names the union): checking a value against it never ends, in Ajv
 * as in our validators, and JSON Schema leaves it undefined. A recursion through a property or
 * an array item is fine: each step goes one level into the value.
 */
export function refuseUnguardedCycles(
  schemas: ReadonlyMap<string, NamedSchema>,
  locate: (pointer: string) => SourceLocation,
): void {
  const edges = new Map<string, Edge[]>();
  for (const [key, named] of schemas) edges.set(key, unguardedRefs(named.schema));

  // Iterative depth-first search: 0 unseen, 1 on the current path, 2 done.
  const state = new Map<string, 1 | 2>();
  for (const start of schemas.keys()) {
    if (state.has(start)) continue;
    const path: { key: string; next: number; via: Edge | undefined }[] = [{ key: start, next: 0, via: undefined }];
    state.set(start, 1);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const out = edges.get(top.key) ?? [];
      if (top.next >= out.length) {
        state.set(top.key, 2);
        path.pop();
        continue;
      }
      const edge = out[top.next++]!;
      const seen = state.get(edge.target);
      if (seen === 2) continue;
      if (seen === 1) {
        const from = path.findIndex((step) => step.key === edge.target);
        const loop = [
          ...path.slice(from).map((step) => schemas.get(step.key)?.typeName ?? step.key),
          schemas.get(edge.target)?.typeName ?? edge.target,
        ];
        throw new SpecError(
          "REF_CYCLE",
          `schema ${loop[0]} includes itself through allOf/oneOf/anyOf/not without nesting (${loop.join(" -> ")}): no value can be checked against it`,
          locate(edge.pointer),
        );
      }
      state.set(edge.target, 1);
      path.push({ key: edge.target, next: 0, via: edge });
    }
  }
}

function unguardedRefs(root: SchemaNode): Edge[] {
  const found: Edge[] = [];
  const stack: SchemaNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.not !== undefined) stack.push(node.not);
    if (node.kind === "ref") found.push({ target: node.target, pointer: node.pointer });
    else if (node.kind === "allOf" || node.kind === "union")
      for (let i = node.members.length - 1; i >= 0; i--) stack.push(node.members[i]!);
  }
  return found;
}
