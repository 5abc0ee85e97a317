import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ENTRIES, ValidatorCache, type CacheKey } from "../../generator/validate/cache.js";
import { REPO } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const KEY: CacheKey = { spec: "spec.yaml", bytes: "openapi: 3.1.0", schema: "Pet", load: { strict: false } };
const ENTRY = { schema: { key: "Pet", typeName: "Pet" }, schemas: 1, warnings: [], stem: "pet" };

/** An entry's modules, as loadCompiledValidators writes them into a staging folder. */
function stage(cache: ValidatorCache, key: string, source = "export const x = 1;\n"): string {
  const staging = cache.staging(key)!;
  mkdirSync(path.join(staging, "validators"), { recursive: true });
  writeFileSync(path.join(staging, "validators", "pet.js"), source);
  writeFileSync(path.join(staging, "validators", "_runtime.js"), "export {};\n");
  return staging;
}

describe("the cache of compiled validators", () => {
  it("keys on the document's bytes, its path, the schema, the load options and specgen's build", async () => {
    const cache = new ValidatorCache(await tempDir("cache-keys"), "1.0.0+abc");
    const key = cache.keyOf(KEY);
    expect(cache.keyOf({ ...KEY })).toBe(key);
    for (const other of [
      { ...KEY, bytes: Buffer.from("openapi: 3.1.1") },
      { ...KEY, spec: "other.yaml" },
      { ...KEY, schema: "pet" },
      { ...KEY, load: { strict: true } },
    ])
      expect(cache.keyOf(other)).not.toBe(key);
    expect(new ValidatorCache(cache.dir, "1.0.1+abc").keyOf(KEY)).not.toBe(key);
    expect(new ValidatorCache(cache.dir, "1.0.0+abd").keyOf(KEY)).not.toBe(key);
  });

  it("reads back a committed entry whole, and nothing for a key never written or an entry whose files changed", async () => {
    const cache = new ValidatorCache(await tempDir("cache-entries"), "1.0.0+abc");
    const key = cache.keyOf(KEY);
    expect(cache.read(key)).toBeUndefined();
    cache.commit(key, stage(cache, key), ENTRY);
    expect(cache.read(key)).toEqual({ ...ENTRY, folder: path.join(cache.dir, key) });
    // No staging folder is left behind.
    expect(readdirSync(cache.dir)).toEqual([key]);
    writeFileSync(path.join(cache.dir, key, "validators", "pet.js"), "export const x = 2;\n");
    expect(cache.read(key)).toBeUndefined();
  });

  it("keeps the first of two calls that wrote the same entry", async () => {
    const cache = new ValidatorCache(await tempDir("cache-race"), "1.0.0+abc");
    const key = cache.keyOf(KEY);
    const first = stage(cache, key, "export const x = 1;\n");
    const second = stage(cache, key, "export const x = 2;\n");
    cache.commit(key, first, ENTRY);
    cache.commit(key, second, { ...ENTRY, schemas: 2 });
    expect(cache.read(key)?.schemas).toBe(1);
    expect(readdirSync(cache.dir)).toEqual([key]);
  });

  it("drops the least recently used entries beyond its bound", async () => {
    const cache = new ValidatorCache(await tempDir("cache-bound"), "1.0.0+abc");
    const keys = Array.from({ length: MAX_ENTRIES + 3 }, (_, i) => cache.keyOf({ ...KEY, schema: `S${i}` }));
    const [old, fresh] = [keys.slice(0, MAX_ENTRIES), keys.slice(MAX_ENTRIES)];
    old.forEach((key, i) => {
      cache.commit(key, stage(cache, key), ENTRY);
      // Used a minute apart, the first one longest ago...
      const at = new Date(Date.UTC(2026, 0, 1, 0, i));
      utimesSync(path.join(cache.dir, key), at, at);
    });
    // ...but read again since.
    cache.read(old[0]!);
    for (const key of fresh) cache.commit(key, stage(cache, key), ENTRY);
    const kept = new Set(readdirSync(cache.dir));
    expect(kept.size).toBe(MAX_ENTRIES);
    expect([old[0], ...fresh].every((key) => kept.has(key!))).toBe(true);
    expect([1, 2, 3].map((i) => kept.has(old[i]!))).toEqual([false, false, false]);
  });
});

describe("specgen validate's cache (the built CLI)", () => {
  const DOCUMENT = `openapi: 3.1.0
info: { title: Pets, version: "1" }
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: string, maxLength: 3 }
        nickname: { type: string, optional: true }
`;

  function validate(cwd: string, cacheDir: string, ...args: string[]) {
    const run = spawnSync(
      process.execPath,
      [path.join(REPO, "bin/specgen.js"), "validate", "--verbose", "--spec", "pets.yaml", "--schema", "Pet", ...args],
      { cwd, encoding: "utf8", env: { ...process.env, SPECGEN_CACHE_DIR: cacheDir } },
    );
    const steps = run.stderr.split("\n").filter((line) => / \d+ ms$/.test(line));
    return {
      code: run.status,
      stdout: run.stdout,
      // What is printed besides the steps' times: the warnings.
      warnings: run.stderr.split("\n").filter((line) => line !== "" && !steps.includes(line)),
      fromCache: steps.some((line) => line.includes("from the cache")),
    };
  }

  it("answers a second call from the cache with the same output; a changed document or --no-cache compiles again", async () => {
    const dir = await tempDir("validate-cache-cli");
    const cacheDir = path.join(dir, "cache");
    writeFileSync(path.join(dir, "pets.yaml"), DOCUMENT);
    writeFileSync(path.join(dir, "pet.json"), '{"name": "Rexy"}');
    const first = validate(dir, cacheDir, "pet.json");
    expect(first).toEqual({
      code: 1,
      stdout:
        'pet.json: invalid Pet, 1 error\npet.json:1: /name must have at most 3 characters (got "Rexy") [maxLength]\n',
      warnings: [
        'warning UNKNOWN_KEYWORD pets.yaml:11 #/components/schemas/Pet/properties/nickname/optional: unknown keyword "optional" in a schema; read as an annotation',
      ],
      fromCache: false,
    });
    expect(validate(dir, cacheDir, "pet.json")).toEqual({ ...first, fromCache: true });
    expect(validate(dir, cacheDir, "--no-cache", "pet.json")).toEqual(first);
    writeFileSync(path.join(dir, "pets.yaml"), DOCUMENT.replace("maxLength: 3", "maxLength: 4"));
    expect(validate(dir, cacheDir, "pet.json")).toMatchObject({ code: 0, fromCache: false });
    expect(validate(dir, cacheDir, "pet.json")).toMatchObject({ code: 0, fromCache: true });
    expect(existsSync(cacheDir)).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    // A cache that cannot be written (its path is a file) only saves nothing.
    const blocked = path.join(dir, "blocked");
    writeFileSync(blocked, "");
    expect(validate(dir, blocked, "pet.json")).toMatchObject({ code: 0, fromCache: false, warnings: first.warnings });
  });
});
