import { SpecError } from "../errors.js";
import type { Model, NamedSchema } from "../model/types.js";

/**
 * The named schema a user means: its key in `components.schemas`, else its TypeScript name,
 * else the one schema whose key matches without regard to case. A miss names the closest ones.
 */
export function findSchema(model: Model, name: string, file: string): NamedSchema {
  const byKey = model.schemas.get(name);
  if (byKey) return byKey;
  const all = [...model.schemas.values()];
  const byType = all.find((schema) => schema.typeName === name);
  if (byType) return byType;
  const lower = name.toLowerCase();
  const folded = all.filter((schema) => schema.key.toLowerCase() === lower);
  if (folded.length === 1) return folded[0]!;
  const near = all
    .map((schema) => schema.key)
    .filter((key) => key.toLowerCase().includes(lower) || lower.includes(key.toLowerCase()))
    .sort()
    .slice(0, 5);
  const hint = near.length > 0 ? `; did you mean ${near.join(", ")}?` : `; the document has ${all.length} schemas`;
  throw new SpecError("IO", `no schema named ${JSON.stringify(name)}${hint}`, { file });
}
