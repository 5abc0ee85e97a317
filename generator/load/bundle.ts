import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import $RefParser from "@apidevtools/json-schema-ref-parser";
import { SpecError, type SourceLocation, type Warning } from "../errors.js";
import { joinPointer, pointerTokens } from "../codegen/json-pointer.js";
import { enforceBounds } from "./bounds.js";
import { parseSource, type ParsedSource } from "./parse.js";
import { DEFAULT_MAX_REF_MB, RefFileRefused, readConfined, refFilePolicy } from "./ref-files.js";

export interface BundleOptions {
  /** Fetch `http(s)://` references. Off by default: a spec is untrusted input. */
  readonly allowRemote?: boolean | undefined;
  /**
   * Folders whose files `$ref`s may read besides the spec's own folder tree (`--ref-root`).
   * Off by default: a reference to `/etc/passwd` or `../../secrets.yaml` would otherwise print
   * that file into the generated docs.
   */
  readonly refRoots?: readonly string[] | undefined;
  /** The largest file a `$ref` may read, in megabytes (`--max-ref-mb`). */
  readonly maxRefMb?: number | undefined;
}

/** Where every `$ref` in a document points, with the pointer of the `$ref` itself. */
export interface RefSite {
  readonly ref: string;
  readonly pointer: string;
}

const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);

/** An object or array met by `collectRefs`, under `key` of its parent. */
interface Frame {
  readonly node: object;
  readonly key: string;
  readonly parent: Frame | undefined;
  /** Its JSON pointer, once built. */
  pointer?: string;
}

export function collectRefs(value: unknown): RefSite[] {
  const sites: RefSite[] = [];
  if (value === null || typeof value !== "object") return sites;
  // An explicit stack: a 10,000-deep schema must not overflow the call stack. Pointers are built
  // only for the `$ref`s found: GitHub's description has 258,000 nodes and 12,000 `$ref`s.
  const stack: Frame[] = [{ node: value, key: "", parent: undefined, pointer: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (child !== null && typeof child === "object") stack.push({ node: child, key: String(i), parent: frame });
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string")
      sites.push({ ref: record.$ref, pointer: joinPointer(pointerOf(frame), "$ref") });
    const keys = Object.keys(record);
    // An entry of an `examples` map (an Example Object), whose `value` is data.
    const inExampleObject = frame.parent?.parent !== undefined && frame.parent.key === "examples" && frame.key !== "";
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      // Example values, defaults and enums are data: a `$ref` key inside them is not a reference.
      if (DATA_KEYWORDS.has(key) || (inExampleObject && key === "value")) continue;
      const child = record[key];
      if (child !== null && typeof child === "object") stack.push({ node: child, key, parent: frame });
    }
  }
  return sites;
}

/** The pointer of a frame, built from the nearest ancestor's that is known, and kept. */
function pointerOf(frame: Frame): string {
  const unknown: Frame[] = [];
  let at: Frame = frame;
  while (at.pointer === undefined) {
    unknown.push(at);
    at = at.parent!;
  }
  let pointer = at.pointer;
  for (let i = unknown.length - 1; i >= 0; i--) {
    pointer = joinPointer(pointer, unknown[i]!.key);
    unknown[i]!.pointer = pointer;
  }
  return pointer;
}

const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

function isRemote(ref: string): boolean {
  return REMOTE.test(ref) && !/^file:\/\//i.test(ref);
}

/** A `$ref` found in one of the files read, where to report it. */
interface Referrer extends SourceLocation {
  readonly ref: string;
}

/**
 * Brings `$ref`s to other files into the root document, so the rest of the pipeline only sees
 * local `#/…` references. Uses @apidevtools/json-schema-ref-parser's `bundle`, the well-kept
 * implementation of JSON Reference resolution, with our own reader and parser plugged in: every
 * file gets the same YAML rules and line-numbered errors, and only files inside the spec's
 * folder tree (or a `--ref-root`) are read. A document without external references (the common
 * case, GitHub's 13 MB description included) is returned untouched.
 */
export async function bundleExternalRefs(
  root: ParsedSource,
  options: BundleOptions,
  warnings: Warning[] = [],
  refs: readonly RefSite[] = collectRefs(root.value),
): Promise<unknown> {
  const external = refs.filter((site) => !site.ref.startsWith("#"));
  if (external.length === 0) return root.value;

  const policy = await refFilePolicy(
    root.file,
    options.refRoots ?? [],
    (options.maxRefMb ?? DEFAULT_MAX_REF_MB) * 1024 * 1024,
  );
  /** The first `$ref` that names each file (by its absolute path), for messages. */
  const referrers = new Map<string, Referrer>();
  let refused: SpecError | undefined;
  const refuse = (error: SpecError): never => {
    refused ??= error;
    throw error;
  };
  const noteRefs = (source: ParsedSource, sites: readonly RefSite[]): void => {
    const from = path.resolve(source.file);
    for (const site of sites) {
      if (site.ref.startsWith("#")) continue;
      const location = { file: source.file, pointer: site.pointer, line: source.lineOf(pointerTokens(site.pointer)) };
      if (isRemote(site.ref)) {
        if (!options.allowRemote)
          refuse(
            new SpecError(
              "REMOTE_REF",
              `remote $ref ${JSON.stringify(site.ref)} refused; pass --allow-remote to fetch it`,
              location,
            ),
          );
        continue;
      }
      const target = localTarget(site.ref, from);
      if (target !== undefined && !referrers.has(target)) referrers.set(target, { ref: site.ref, ...location });
    }
  };
  noteRefs(root, external);
  const firstReferrer = referrers.values().next().value;

  const parsedFiles = new Map<string, ParsedSource>([[path.resolve(root.file), root]]);
  try {
    return await $RefParser.bundle(
      path.resolve(root.file),
      structuredClone(root.value) as object,
      {
        resolve: {
          external: true,
          http: options.allowRemote ? { timeout: 10_000, redirects: 3 } : false,
          file: {
            order: 1,
            canRead: (file: { url: string }) => !isRemote(file.url),
            read: async (file: { url: string }) => {
              const target = toPath(file.url);
              try {
                return await readConfined(target, policy);
              } catch (error) {
                if (!(error instanceof RefFileRefused)) throw error;
                const referrer = referrers.get(target) ?? firstReferrer;
                return refuse(
                  new SpecError(
                    "REF_REFUSED",
                    `$ref ${JSON.stringify(referrer?.ref ?? target)} refused: ${error.message}`,
                    referrer ?? { file: root.file },
                  ),
                );
              }
            },
          },
        },
        parse: {
          json: false,
          yaml: false,
          text: false,
          binary: false,
          specgen: {
            order: 1,
            canParse: true,
            parse: (file: { url: string; data: string | Buffer }) => {
              try {
                const parsed = parseSource(file.data.toString(), path.relative(process.cwd(), toPath(file.url)));
                parsedFiles.set(toPath(file.url), parsed);
                for (const warning of enforceBounds(parsed)) warnings.push(warning);
                // Refs of a referenced file are vetted before the resolver follows them.
                noteRefs(parsed, collectRefs(parsed.value));
                return parsed.value;
              } catch (error) {
                // The resolver wraps what a parser throws; keep our one-line error as it is.
                return error instanceof SpecError ? refuse(error) : Promise.reject(error);
              }
            },
          },
        },
        dereference: { circular: true },
      } as never,
    );
  } catch (error) {
    if (refused) throw refused;
    if (error instanceof SpecError) throw error;
    const message = (error as Error).message.split("\n")[0] ?? "cannot resolve $ref";
    const site = external.find((candidate) => message.includes(candidate.ref.split("#")[0]!)) ?? external[0]!;
    throw new SpecError("DANGLING_REF", `cannot resolve $ref ${JSON.stringify(site.ref)}: ${message}`, {
      file: root.file,
      pointer: site.pointer,
      line: root.lineOf(pointerTokens(site.pointer)),
    });
  }
}

/** The absolute path a local `$ref` names, read the way a URL is (relative to the referring file). */
function localTarget(ref: string, from: string): string | undefined {
  try {
    const url = new URL(ref, pathToFileURL(from));
    url.hash = "";
    return url.protocol === "file:" ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

function toPath(url: string): string {
  return url.startsWith("file://") ? fileURLToPath(url) : url;
}
