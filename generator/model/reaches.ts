import { childNodes } from "./children.js";
import type { Model, SchemaNode } from "./model.js";

/** True when `node`, its subschemas or the schemas they reference lead to the named schema `key`. */
export function reaches(model: Model, node: SchemaNode, key: string): boolean {
  return walkReferences(model, node, (target) => target === key);
}

/** The named schemas `key` is made of: itself and every one its subschemas lead to. */
export function schemasReached(model: Model, key: string): Set<string> {
  const reached = new Set([key]);
  walkReferences(model, model.schemas.get(key)!.schema, (target) => {
    reached.add(target);
    return false;
  });
  return reached;
}

/** Calls `found` with the target of every reference `node` leads to, each once, until it returns true. */
function walkReferences(model: Model, node: SchemaNode, found: (target: string) => boolean): boolean {
  const seen = new Set<string>();
  const stack: SchemaNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    stack.push(...childNodes(current));
    if (current.kind !== "ref") continue;
    if (found(current.target) === true) return true;
    const target = model.schemas.get(current.target);
    if (target !== undefined && !seen.has(current.target)) {
      seen.add(current.target);
      stack.push(target.schema);
    }
  }
  return false;
}
