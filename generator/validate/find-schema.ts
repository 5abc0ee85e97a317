import { SpecError } from "../errors.js";
import type { LoadedSpec } from "../load/index.js";
import { buildModel, componentTypeNames } from "../model/build.js";
import type { Model, NamedSchema } from "../model/model.js";

/**
 * The model that `findSchema` and the validator of `name` need: when `name` is a component's key
 * or TypeScript name, only that component and the schemas it reaches (a problem elsewhere in the
 * document does not stop it); else (a hoisted schema, a typo) the whole document's model, which
 * knows every name.
 */
export function modelForSchema(spec: LoadedSpec, name: string): Model {
  const key = componentNamed(spec.document, name);
  return buildModel(spec, key === undefined ? {} : { only: [key] });
}

/**
 * The component that `findSchema` on the whole model would find for `name`, when that is sure
 * without building the model: by key, by TypeScript name, or by the one key that matches without
 * regard to case when no hoisted schema's key can match too. Hoisted names are made of letters
 * and digits only, and are claimed after every component's, distinct from them without regard to
 * case: so no hoisted key matches a name with another character (`simple-user`), nor one that
 * matches the component's TypeScript name (`REPOSITORY`, whose component is `Repository`).
 */
export function componentNamed(document: Record<string, unknown>, name: string): string | undefined {
  const typeNames = componentTypeNames(document);
  if (typeNames.has(name)) return name;
  for (const [key, typeName] of typeNames) if (typeName === name) return key;
  const lower = name.toLowerCase();
  const folded = [...typeNames].filter(([key]) => key.toLowerCase() === lower);
  if (folded.length !== 1) return undefined;
  const [key, typeName] = folded[0]!;
  return /[^a-z0-9]/.test(lower) || typeName.toLowerCase() === lower ? key : undefined;
}

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
  const near = closest(
    lower,
    all.map((schema) => schema.key),
  );
  const hint = near.length > 0 ? `; did you mean ${near.join(", ")}?` : `; the document has ${all.length} schemas`;
  throw new SpecError("IO", `no schema named ${JSON.stringify(name)}${hint}`, { file });
}

/**
 * Up to five keys a typo may have meant: those within a few edits (about one per four
 * characters, case ignored), nearest first, then those that contain the name or are contained in it.
 */
export function closest(lower: string, keys: readonly string[]): string[] {
  const budget = Math.max(2, Math.floor(lower.length / 4));
  const scored = keys
    .map((key) => ({ key, distance: editDistance(lower, key.toLowerCase(), budget) }))
    .filter((entry) => entry.distance <= budget)
    .sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1))
    .map((entry) => entry.key);
  const containing = keys
    .filter((key) => key.toLowerCase().includes(lower) || lower.includes(key.toLowerCase()))
    .sort();
  return [...new Set([...scored, ...containing])].slice(0, 5);
}

/** Levenshtein distance, or `budget + 1` as soon as it must exceed `budget`. */
function editDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > budget) return budget + 1;
    previous = current;
  }
  return previous[b.length]!;
}
