import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Warning } from "../errors.js";
import { VALIDATORS_DIR } from "../emit/validators/index.js";
import { RUNTIME_MODULE } from "../emit/validators/runtime.js";
import type { ValidatorModule } from "./compiled.js";
import type { PayloadValidator } from "./validate-payload.js";

/**
 * What `specgen validate` keeps of a call, so that the next call with the same document, schema
 * and options imports the validator instead of loading the document again: its JavaScript modules,
 * the schema they check and the load's warnings (printed again). Keyed by a hash of the document's
 * bytes and of everything else the result depends on, including specgen's own build: an entry is
 * never read by another version or build. Entries are written whole under a temporary name and
 * renamed; the oldest go when there are more than MAX_ENTRIES or MAX_BYTES.
 */
export interface CachedValidator {
  readonly schema: { readonly key: string; readonly typeName: string };
  /** How many schemas its modules check (the `--verbose` count). */
  readonly schemas: number;
  readonly warnings: readonly Warning[];
  /** The entry's folder. */
  readonly folder: string;
  readonly stem: string;
}

/** What the result of a call depends on, besides specgen itself. */
export interface CacheKey {
  /** The spec's path as given: the warnings name it. */
  readonly spec: string;
  /** The document's bytes as read. */
  readonly bytes: Uint8Array | string;
  /** The schema name as given. */
  readonly schema: string;
  /** The load options that change what loads (strictness, where `$ref`s may read). */
  readonly load: unknown;
}

interface Entry {
  readonly format: typeof FORMAT;
  readonly schema: { readonly key: string; readonly typeName: string };
  readonly schemas: number;
  readonly warnings: readonly Warning[];
  readonly stem: string;
  /** Every module's SHA-256: an entry whose files changed is not imported. */
  readonly files: Readonly<Record<string, string>>;
  readonly bytes: number;
}

const FORMAT = 1;
const ENTRY_FILE = "entry.json";
const PARTIAL = ".partial";
/** A staging folder this old was left by a call that died. */
const ABANDONED_MS = 60 * 60 * 1000;
export const MAX_ENTRIES = 32;
export const MAX_BYTES = 64 * 1024 * 1024;

/** Where the cache lives when `SPECGEN_CACHE_DIR` does not say: node_modules/.cache/specgen, else the OS's cache folder. */
export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPECGEN_CACHE_DIR) return path.resolve(cwd, env.SPECGEN_CACHE_DIR);
  if (existsSync(path.join(cwd, "node_modules"))) return path.join(cwd, "node_modules", ".cache", "specgen");
  const home = os.homedir();
  if (process.platform === "win32")
    return path.join(env.LOCALAPPDATA ?? path.join(home, "AppData", "Local"), "specgen", "Cache");
  if (process.platform === "darwin") return path.join(home, "Library", "Caches", "specgen");
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, ".cache"), "specgen");
}

/**
 * specgen's build, as `npm run build` fingerprinted it (scripts/write-build-id.mjs): what the
 * cache keys on besides the version. `undefined` when there is none (a run from source), and then
 * nothing is cached, since a change to specgen's code would go unnoticed.
 */
export function buildIdentity(): string | undefined {
  const file = new URL("../build-id.txt", import.meta.url);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export class ValidatorCache {
  constructor(
    readonly dir: string,
    /** specgen's version and build: part of every key. */
    private readonly identity: string,
  ) {}

  keyOf(key: CacheKey): string {
    const bytes = createHash("sha256").update(key.bytes).digest("hex");
    return createHash("sha256")
      .update(JSON.stringify({ identity: this.identity, spec: key.spec, bytes, schema: key.schema, load: key.load }))
      .digest("hex")
      .slice(0, 32);
  }

  /** The entry of `key`, if there is a whole one: its files as they were written. */
  read(key: string): CachedValidator | undefined {
    const folder = path.join(this.dir, key);
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(path.join(folder, ENTRY_FILE), "utf8")) as Entry;
    } catch {
      return undefined;
    }
    if (entry.format !== FORMAT || !this.intact(folder, entry)) return undefined;
    // Used now: the last to go when the cache is pruned.
    try {
      const now = new Date();
      utimesSync(folder, now, now);
    } catch {
      // A cache we may read but not write still answers.
    }
    return { schema: entry.schema, schemas: entry.schemas, warnings: entry.warnings, folder, stem: entry.stem };
  }

  private intact(folder: string, entry: Entry): boolean {
    try {
      return Object.entries(entry.files).every(
        ([name, hash]) => sha256(readFileSync(path.join(folder, VALIDATORS_DIR, name))) === hash,
      );
    } catch {
      return false;
    }
  }

  /**
   * A fresh folder in the cache to write an entry's modules into (loadCompiledValidators'
   * `folder`); `undefined` when the cache cannot be written (the call is then not cached).
   */
  staging(key: string): string | undefined {
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch {
      return undefined;
    }
    return path.join(this.dir, `${key}.${process.pid}.${randomBytes(6).toString("hex")}${PARTIAL}`);
  }

  /**
   * Makes the modules written into `staging` the entry of `key`: the entry file written, then the
   * folder renamed (another process that wrote the same entry first keeps its own). Then the
   * oldest entries go, down to the bounds.
   */
  commit(key: string, staging: string, entry: Omit<CachedValidator, "folder">): void {
    // The cache only saves time: a failure to write it (a full disk, a folder taken away) is not
    // the call's failure.
    try {
      const modules = path.join(staging, VALIDATORS_DIR);
      const files: Record<string, string> = {};
      let bytes = 0;
      for (const name of readdirSync(modules)) {
        const content = readFileSync(path.join(modules, name));
        files[name] = sha256(content);
        bytes += content.length;
      }
      const written: Entry = { format: FORMAT, ...entry, files, bytes };
      writeFileSync(path.join(staging, ENTRY_FILE), `${JSON.stringify(written)}\n`);
      renameSync(staging, path.join(this.dir, key));
      this.prune();
    } catch {
      this.discard(staging);
    }
  }

  /** Drops a folder `staging` made, when the call is not cached after all. */
  discard(staging: string): void {
    try {
      rmSync(staging, { recursive: true, force: true });
    } catch {
      // Left for the next prune.
    }
  }

  /** Removes the least recently used entries beyond MAX_ENTRIES or MAX_BYTES (never the newest). */
  private prune(): void {
    const names = readdirSync(this.dir);
    for (const name of names.filter((candidate) => candidate.endsWith(PARTIAL))) {
      const folder = path.join(this.dir, name);
      if (Date.now() - statSync(folder).mtimeMs > ABANDONED_MS) rmSync(folder, { recursive: true, force: true });
    }
    const entries = names
      .filter((name) => /^[0-9a-f]{32}$/.test(name))
      .map((name) => {
        const folder = path.join(this.dir, name);
        let bytes = 0;
        try {
          bytes = (JSON.parse(readFileSync(path.join(folder, ENTRY_FILE), "utf8")) as Entry).bytes;
        } catch {
          // A folder without a readable entry counts as empty; reading it misses, and it ages out.
        }
        return { folder, bytes, used: statSync(folder).mtimeMs };
      })
      .sort((a, b) => b.used - a.used);
    let total = 0;
    entries.forEach((entry, i) => {
      total += entry.bytes;
      if (i > 0 && (i >= MAX_ENTRIES || total > MAX_BYTES)) rmSync(entry.folder, { recursive: true, force: true });
    });
  }
}

/** The validator of a cache entry, imported from the cache folder. */
export async function importCached(cached: CachedValidator): Promise<PayloadValidator> {
  const url = (stem: string): string => pathToFileURL(path.join(cached.folder, VALIDATORS_DIR, `${stem}.js`)).href;
  return {
    schema: cached.schema,
    module: (await import(url(cached.stem))) as ValidatorModule,
    runtime: (await import(url(RUNTIME_MODULE))) as ValidatorModule,
  };
}

function sha256(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}
