import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One change to a valid payload, at the node chosen by `at` (an index into its nodes). */
export type Mutation =
  | { readonly kind: "drop"; readonly at: number }
  | { readonly kind: "replace"; readonly at: number; readonly value: Json }
  | { readonly kind: "addKey"; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly kind: "none" };

const oddKeys = fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "extra", "0", "");
const numbers = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 1.5, -0.1, 2, 3, 1e9, -1e9, 2 ** 31, 2 ** 53, 1e21, 4096, 100000),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const strings = fc.oneof(
  fc.constantFrom(
    "",
    "x",
    "user",
    "assistant",
    "system",
    "auto",
    "none",
    "2024-01-01",
    "2024-01-01T00:00:00Z",
    "https://example.com",
    "a@b.co",
    "not a uri",
    "123e4567-e89b-42d3-a456-426614174000",
  ),
  fc.string(),
  fc.string({ unit: "binary", maxLength: 8 }),
);
const values: fc.Arbitrary<Json> = fc.oneof(
  numbers,
  strings,
  fc.boolean(),
  fc.constant(null),
  fc.constant([] as Json[]),
  fc.constant({} as Json),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Drop a key or item, give a node another value or type (a number out of range, a string off the enum), or add a key. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: values }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: numbers }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: strings }),
  fc.record({
    kind: fc.constant("addKey" as const),
    at: fc.nat(),
    key: fc.oneof(oddKeys, fc.string({ maxLength: 6 })),
    value: values,
  }),
  fc.constant({ kind: "none" as const }),
);

/** Every node of a JSON value, in document order, as paths. */
function nodePaths(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => nodePaths(item, [...path, i], out));
  else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) nodePaths((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The payload with the mutation applied (a fresh copy; the input is left alone). */
export function mutate(valid: unknown, mutation: Mutation): unknown {
  if (mutation.kind === "none") return structuredClone(valid);
  const copy: unknown = JSON.parse(JSON.stringify(valid));
  const paths = nodePaths(copy);
  const path = paths[mutation.at % paths.length]!;
  const parentPath = path.slice(0, -1);
  let parent: unknown = copy;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1];
  const target: unknown = last === undefined ? copy : (parent as Record<string | number, unknown>)[last];
  switch (mutation.kind) {
    case "drop":
      if (last === undefined) return null;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last as string];
      return copy;
    case "replace":
      if (last === undefined) return mutation.value;
      if (Array.isArray(parent)) parent[last as number] = mutation.value;
      else setOwn(parent as Record<string, unknown>, last as string, mutation.value);
      return copy;
    case "addKey":
      if (typeof target === "object" && target !== null && !Array.isArray(target))
        setOwn(target as Record<string, unknown>, mutation.key, mutation.value);
      else if (Array.isArray(target)) target.push(mutation.value);
      return copy;
  }
}
