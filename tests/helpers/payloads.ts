/**
 * Payloads for the differential run: a valid example, then systematic mutations of it read off
 * the raw schema at every node (each keyword's boundary ±1, type swaps, `null`, each required
 * property removed, an extra property, astral-plane strings, non-integers, 1e308, -0, deep arrays,
 * near-valid formats), then seeded random JSON at random nodes. Deterministic for a seed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];
type Raw = Record<string, unknown>;

export interface Payload {
  /** What was done, for the report: `max+1 at /messages/0/content`. */
  readonly label: string;
  readonly value: unknown;
}

/** A small seeded PRNG (mulberry32), so a run is the same run every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEAR_FORMATS: Record<string, readonly string[]> = {
  "date-time": [
    "2024-02-30T25:00:00Z",
    "2016-12-31T23:59:60Z",
    "2024-01-01T12:59:60Z",
    "2024-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2024-01-01T00:00:00",
    "2024-01-01 00:00:00Z",
    "2024-01-01T00:00:00+24:00",
    "2024-13-01T00:00:00Z",
    "2024-01-01t00:00:00.123z",
  ],
  date: ["2024-02-30", "2024-02-29", "2023-02-29", "2024-00-10", "2024-1-01", "2024-04-31"],
  time: ["25:00:00Z", "23:59:60Z", "12:00:00", "12:00:00+01:00", "12:00:60Z"],
  uri: ["https://example.com/a b", "example.com", "urn:isbn:123", "http://[::1]/", "//x"],
  "uri-reference": ["/a b", "#frag", "../x", "\\x"],
  email: ["a@b", "a..b@c.com", "a@-b.com", "user@example.com"],
  hostname: ["-a.com", `${"a".repeat(64)}.com`, "example.com."],
  ipv4: ["256.1.1.1", "01.1.1.1", "1.1.1.1"],
  ipv6: ["::1", "1::1::1", "::ffff:1.2.3.4"],
  uuid: [
    "123e4567-e89b-42d3-a456-42661417400",
    "123e4567-e89b-42d3-a456-426614174000",
    "urn:uuid:123e4567-e89b-42d3-a456-426614174000",
  ],
  byte: ["aGVsbG8=", "aGVsbG8", "a\nb===", "!!!!"],
  duration: ["P1D", "PT", "P1W2D"],
  regex: ["(", "a+", "\\Z"],
  "json-pointer": ["/a/~2", "a", "/a~1b"],
};

const SWAPS: readonly Json[] = [null, 0, -1, 1.5, "", "x", true, false, [], {}];

/** Every schema that applies at a node, with `$ref`s followed and compositions opened. */
function applicable(document: Raw, schema: unknown, out: Raw[] = [], depth = 0): Raw[] {
  if (depth > 12 || typeof schema !== "object" || schema === null || out.includes(schema as Raw)) return out;
  const raw = schema as Raw;
  out.push(raw);
  if (typeof raw.$ref === "string") applicable(document, resolve(document, raw.$ref), out, depth + 1);
  for (const key of ["allOf", "oneOf", "anyOf"])
    if (Array.isArray(raw[key]))
      for (const member of raw[key] as unknown[]) applicable(document, member, out, depth + 1);
  return out;
}

function resolve(document: Raw, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let at: unknown = document;
  for (const token of ref.slice(2).split("/")) {
    const key = decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
    at = typeof at === "object" && at !== null ? (at as Raw)[key] : undefined;
  }
  return at;
}

/** The schemas that apply to a child (property or item) of a value the `parents` apply to. */
function childSchemas(document: Raw, parents: readonly Raw[], step: string | number): Raw[] {
  const out: Raw[] = [];
  for (const raw of parents) {
    if (typeof step === "number") {
      const prefix = Array.isArray(raw.prefixItems)
        ? raw.prefixItems
        : Array.isArray(raw.items)
          ? raw.items
          : undefined;
      if (prefix && step < prefix.length) applicable(document, prefix[step], out);
      else if (raw.items !== undefined && !Array.isArray(raw.items)) applicable(document, raw.items, out);
    } else {
      const properties = raw.properties as Raw | undefined;
      if (properties && Object.hasOwn(properties, step)) applicable(document, properties[step], out);
      else if (typeof raw.additionalProperties === "object") applicable(document, raw.additionalProperties, out);
    }
  }
  return out;
}

function astral(n: number): string {
  return "😀".repeat(Math.max(0, n));
}

function deepArray(depth: number): Json {
  let value: Json = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Values to put at a node, read off the schemas that apply there. */
function valuesFor(schemas: readonly Raw[], current: unknown): { label: string; value: Json }[] {
  const out: { label: string; value: Json }[] = SWAPS.map((value) => ({
    label: `type swap ${JSON.stringify(value)}`,
    value,
  }));
  out.push({ label: "1e308", value: 1e308 }, { label: "-0", value: -0 }, { label: "deep array", value: deepArray(40) });
  for (const raw of schemas) {
    for (const [key, delta] of [
      ["minimum", [-1, 0, 1]],
      ["maximum", [-1, 0, 1]],
      ["exclusiveMinimum", [-1, 0, 1]],
      ["exclusiveMaximum", [-1, 0, 1]],
    ] as const) {
      const bound =
        key.startsWith("exclusive") && typeof raw[key] === "boolean"
          ? raw[key.endsWith("Minimum") ? "minimum" : "maximum"]
          : raw[key];
      if (typeof bound === "number")
        for (const d of delta) out.push({ label: `${key}${d >= 0 ? "+" : ""}${d}`, value: bound + d });
    }
    if (typeof raw.multipleOf === "number")
      out.push(
        { label: "multipleOf*3", value: raw.multipleOf * 3 },
        { label: "multipleOf*1.5", value: raw.multipleOf * 1.5 },
      );
    if (raw.type === "integer" || (Array.isArray(raw.type) && raw.type.includes("integer")))
      out.push({ label: "non-integer", value: 2.5 }, { label: "integer as float", value: 2.0 });
    for (const key of ["minLength", "maxLength"]) {
      const n = raw[key];
      if (typeof n === "number" && n < 10_000) {
        for (const d of [-1, 0, 1])
          out.push({ label: `${key}${d >= 0 ? "+" : ""}${d}`, value: "a".repeat(Math.max(0, n + d)) });
        out.push({ label: `${key} astral`, value: astral(n) }, { label: `${key}+1 astral`, value: astral(n + 1) });
      }
    }
    for (const key of ["minItems", "maxItems"]) {
      const n = raw[key];
      if (typeof n === "number" && n < 1000) {
        const item = Array.isArray(current) && current.length > 0 ? (current[0] as Json) : "x";
        for (const d of [-1, 1])
          out.push({
            label: `${key}${d >= 0 ? "+" : ""}${d}`,
            value: Array.from({ length: Math.max(0, n + d) }, () => structuredClone(item)),
          });
      }
    }
    if (raw.uniqueItems === true && Array.isArray(current) && current.length > 0)
      out.push({ label: "duplicate items", value: [current[0] as Json, current[0] as Json] });
    if (Array.isArray(raw.enum)) {
      for (const value of raw.enum.slice(0, 8)) out.push({ label: "enum value", value: value as Json });
      out.push({ label: "not in enum", value: "__not_in_enum__" });
    }
    if ("const" in raw)
      out.push({ label: "const", value: raw.const as Json }, { label: "not const", value: "__not_const__" });
    if (typeof raw.format === "string")
      for (const value of NEAR_FORMATS[raw.format] ?? []) out.push({ label: `near ${raw.format}`, value });
    if (typeof raw.format === "string" && ["int32", "int64"].includes(raw.format))
      out.push({ label: "int32 max+1", value: 2 ** 31 }, { label: "2^53+2", value: 2 ** 53 + 2 });
  }
  return out;
}

/** Object-level mutations: each required property removed, an extra property, each declared property added with values of its own. */
function objectMutations(
  document: Raw,
  schemas: readonly Raw[],
  current: Record<string, Json>,
): { label: string; value: Json }[] {
  const out: { label: string; value: Json }[] = [];
  const required = new Set<string>();
  const declared = new Map<string, Raw[]>();
  for (const raw of schemas) {
    if (Array.isArray(raw.required)) for (const name of raw.required) if (typeof name === "string") required.add(name);
    if (typeof raw.properties === "object" && raw.properties !== null)
      for (const name of Object.keys(raw.properties)) declared.set(name, childSchemas(document, [raw], name));
  }
  for (const name of required) {
    if (!Object.hasOwn(current, name)) continue;
    const copy = { ...current };
    delete copy[name];
    out.push({ label: `without required ${name}`, value: copy });
  }
  out.push({ label: "extra property", value: { ...current, extra_property_x: 1 } });
  for (const [name, child] of declared) {
    if (Object.hasOwn(current, name)) continue;
    for (const { label, value } of valuesFor(child, undefined).slice(0, 24))
      out.push({ label: `add ${name}: ${label}`, value: { ...current, [name]: value } });
  }
  return out;
}

/** A random JSON value (bounded depth and size). */
export function randomJson(random: () => number, depth = 0): Json {
  const pick = Math.floor(random() * (depth > 2 ? 5 : 7));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return random() < 0.5 ? Math.floor(random() * 2000) - 1000 : (random() - 0.5) * 10 ** Math.floor(random() * 12);
    case 3:
      return [
        "",
        "a",
        "😀",
        "2024-01-01",
        "2024-01-01T00:00:00Z",
        "https://x.y",
        "user",
        "auto",
        "x".repeat(Math.floor(random() * 300)),
      ][Math.floor(random() * 9)]!;
    case 4:
      return String.fromCharCode(
        ...Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * 0x3000)),
      );
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
    default: {
      const out: Record<string, Json> = {};
      for (let i = Math.floor(random() * 4); i > 0; i--)
        out[["a", "type", "role", "name", "id", "extra"][Math.floor(random() * 6)]!] = randomJson(random, depth + 1);
      return out;
    }
  }
}

function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (out.length > 400) return out;
  if (Array.isArray(value)) value.slice(0, 4).forEach((item, i) => paths(item, [...path, i], out));
  else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) paths((value as Raw)[key], [...path, key], out);
  return out;
}

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  return node;
}

/** A copy of `root` with the node at `path` replaced (own data property, `__proto__` included). */
function replaced(root: unknown, path: Path, value: Json): unknown {
  if (path.length === 0) return value;
  const copy: unknown = JSON.parse(JSON.stringify(root));
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function pointer(path: Path): string {
  return path.map((step) => `/${String(step).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * The payloads of one schema: `examples` (valid or not), the systematic mutations of the first,
 * and `random` seeded random values put at random nodes. At most `limit` in all, spread evenly
 * over the systematic ones when there are more.
 */
export function payloadsFor(
  document: Raw,
  schema: unknown,
  examples: readonly unknown[],
  options: { seed: number; random: number; limit: number },
): Payload[] {
  const out: Payload[] = examples.map((value, i) => ({ label: `example ${i}`, value }));
  const base = examples[0];
  const systematic: Payload[] = [];
  if (base !== undefined) {
    for (const path of paths(base)) {
      const schemas = path.reduce<Raw[]>(
        (parents, step) => childSchemas(document, parents, step),
        applicable(document, schema),
      );
      const current = at(base, path);
      const where = pointer(path) || "root";
      const candidates = valuesFor(schemas, current);
      if (typeof current === "object" && current !== null && !Array.isArray(current))
        candidates.push(...objectMutations(document, schemas, current as Record<string, Json>));
      for (const { label, value } of candidates)
        systematic.push({ label: `${label} at ${where}`, value: replaced(base, path, value) });
    }
  }
  const room = Math.max(0, options.limit - out.length - options.random);
  const step = systematic.length > room ? systematic.length / room : 1;
  for (let i = 0; i < systematic.length && out.length < options.limit - options.random; i += step)
    out.push(systematic[Math.floor(i)]!);
  const random = prng(options.seed);
  const nodes = base === undefined ? [[] as Path] : paths(base);
  for (let i = 0; i < options.random; i++) {
    const path = nodes[Math.floor(random() * nodes.length)]!;
    out.push({
      label: `random at ${pointer(path) || "root"}`,
      value: base === undefined ? randomJson(random) : replaced(base, path, randomJson(random)),
    });
  }
  return out;
}
