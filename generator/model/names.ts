import { isIdentifierName } from "../codegen/code.js";

/**
 * Global names a generated module may use (`Record<…>` in types, `Array.isArray`, `Number`… in
 * validators). A schema with one of these names would shadow it, so it gets a `Model` suffix.
 */
const SHADOWED_GLOBALS = new Set([
  "Record",
  "Partial",
  "Required",
  "Readonly",
  "Pick",
  "Omit",
  "Exclude",
  "Extract",
  "NonNullable",
  "ReturnType",
  "Array",
  "ReadonlyArray",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "BigInt",
  "Date",
  "RegExp",
  "Error",
  "TypeError",
  "RangeError",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "Promise",
  "Function",
  "JSON",
  "Math",
  "Intl",
  "Reflect",
  "Proxy",
  "Infinity",
  "NaN",
  "Iterable",
  "PropertyKey",
  "Uint8Array",
  "ArrayBuffer",
  "Buffer",
  "StandardSchemaV1",
  "Result",
  "Issue",
]);

/** Splits a spec name into words: `chat_completion-request.v2` → `chat`, `completion`, `request`, `v2`. */
function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
}

/** `tool_calls` → `ToolCalls`: words capitalised and joined, nothing else. */
export function capitalizeWords(name: string): string {
  return words(name)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/** `simple-user` → `SimpleUser`; `ChatCompletionRequest` stays as it is. Always a safe identifier. */
export function pascalCase(name: string): string {
  let result = capitalizeWords(name);
  if (result === "") result = "Schema";
  if (/^[0-9]/.test(result)) result = `Schema${result}`;
  if (SHADOWED_GLOBALS.has(result)) result = `${result}Model`;
  return result;
}

/**
 * The SDK-facing property name: `frequency_penalty` → `frequencyPenalty`, `foo-bar` → `fooBar`.
 * A leading `_`/`$` run is kept (`_links` stays distinct from `links`). When no identifier comes
 * out (`+1`, `123`, ``), the wire name is kept and will be quoted.
 */
export function camelCase(wireName: string): string {
  const prefix = /^[_$]*/.exec(wireName)![0];
  const parts = words(wireName.slice(prefix.length));
  if (parts.length === 0) return wireName;
  const [first, ...rest] = parts as [string, ...string[]];
  const head = first === first.toUpperCase() ? first.toLowerCase() : first[0]!.toLowerCase() + first.slice(1);
  const candidate = prefix + head + rest.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
  return isIdentifierName(candidate) ? candidate : wireName;
}

/**
 * Hands out names that are unique without regard to case, so that `Foo` and `FOO` do not
 * become files that collide on macOS and Windows. Later claimants get a numeric suffix.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();
  /** Next suffix to try per preferred name, so that many claims of one name stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  claim(preferred: string): string {
    const base = preferred.toLowerCase();
    let name = preferred;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(name.toLowerCase())) name = `${preferred}${n++}`;
    this.nextSuffix.set(base, n);
    this.taken.add(name.toLowerCase());
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }
}

/**
 * Gives each wire name of one object a distinct SDK name. A wire name that is already its own
 * camelCase (`fooBar`) keeps it; the others (`foo_bar`, `foo-bar`) fall back to their wire name,
 * then to a numeric suffix, in property order.
 */
export function sdkNames(wireNames: readonly string[]): string[] {
  const preferred = wireNames.map(camelCase);
  const used = new Set<string>(wireNames.filter((wireName, i) => preferred[i] === wireName));
  return wireNames.map((wireName, i) => {
    const candidate = preferred[i]!;
    if (candidate === wireName) return wireName;
    let name = used.has(candidate) ? wireName : candidate;
    for (let n = 2; used.has(name); n++) name = `${wireName}${n}`;
    used.add(name);
    return name;
  });
}
