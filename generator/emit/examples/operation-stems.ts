import type { Operation } from "../../model/model.js";

/**
 * A file stem per operation: its id lowercased, anything but letters, digits, `_` and `-` made
 * a `-`, unique without regard to case (later ones get `-2`, `-3`…). Same spec, same stems.
 */
export function operationStems(operations: readonly Operation[]): Map<Operation, string> {
  const taken = new Set<string>();
  const stems = new Map<Operation, string>();
  for (const operation of operations) {
    const base =
      operation.id
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, "-")
        .replace(/^-+|-+$/g, "") || "operation";
    let stem = base;
    for (let n = 2; taken.has(stem); n++) stem = `${base}-${n}`;
    taken.add(stem);
    stems.set(operation, stem);
  }
  return stems;
}
