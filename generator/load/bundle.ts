import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import $RefParser from "@apidevtools/json-schema-ref-parser";
import { SpecError, joinPointer, splitPointer } from "../errors.js";
import { parseSource, type ParsedSource } from "./parse.js";

export interface BundleOptions {
  /** Fetch `http(s)://` references. Off by default: a spec is untrusted input. */
  readonly allowRemote?: boolean | undefined;
}

/** Where every `$ref` in a document points, with the pointer of the `$ref` itself. */
export interface RefSite {
  readonly ref: string;
  readonly pointer: string;
}

const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);
/** An entry of an `examples` map (an Example Object), whose `value` is data. */
const EXAMPLE_OBJECT = /\/examples\/[^/]+$/;

export function collectRefs(value: unknown): RefSite[] {
  const sites: RefSite[] = [];
  // An explicit stack: a 10,000-deep schema must not overflow the call stack.
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`]);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string") sites.push({ ref: record.$ref, pointer: joinPointer(pointer, "$ref") });
    const keys = Object.keys(record);
    const inExampleObject = EXAMPLE_OBJECT.test(pointer);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      // Example values, defaults and enums are data: a `$ref` key inside them is not a reference.
      if (DATA_KEYWORDS.has(key) || (inExampleObject && key === "value")) continue;
      const child = record[key];
      if (child !== null && typeof child === "object") stack.push([child, joinPointer(pointer, key)]);
    }
  }
  return sites;
}

const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Brings `$ref`s to other files into the root document, so the rest of the pipeline only sees
 * local `#/…` references. Uses @apidevtools/json-schema-ref-parser's `bundle`, the well-kept
 * implementation of JSON Reference resolution, with our own parser plugged in so every file
 * gets the same YAML rules and line-numbered errors. A document without external references
 * (the common case, GitHub's 13 MB description included) is returned untouched.
 */
export async function bundleExternalRefs(root: ParsedSource, options: BundleOptions): Promise<unknown> {
  const refs = collectRefs(root.value);
  const external = refs.filter((site) => !site.ref.startsWith("#"));
  if (external.length === 0) return root.value;

  for (const site of external) {
    if (REMOTE.test(site.ref) && !site.ref.startsWith("file://") && !options.allowRemote) {
      throw new SpecError("REMOTE_REF", `remote $ref ${JSON.stringify(site.ref)} refused; pass --allow-remote to fetch it`, {
        file: root.file,
        pointer: site.pointer,
        line: root.lineOf(splitPointer(site.pointer)),
      });
    }
  }

  const parsedFiles = new Map<string, ParsedSource>([[path.resolve(root.file), root]]);
  try {
    return await $RefParser.bundle(path.resolve(root.file), structuredClone(root.value) as object, {
      resolve: {
        external: true,
        http: options.allowRemote ? { timeout: 10_000, redirects: 3 } : false,
        file: {
          order: 1,
          canRead: (file: { url: string }) => !REMOTE.test(file.url) || file.url.startsWith("file://"),
          read: async (file: { url: string }) => readFile(toPath(file.url), "utf8"),
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
            const parsed = parseSource(file.data.toString(), path.relative(process.cwd(), toPath(file.url)));
            parsedFiles.set(toPath(file.url), parsed);
            return parsed.value;
          },
        },
      },
      dereference: { circular: true },
    } as never);
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const message = (error as Error).message.split("\n")[0] ?? "cannot resolve $ref";
    const site = external.find((candidate) => message.includes(candidate.ref.split("#")[0]!)) ?? external[0]!;
    throw new SpecError("DANGLING_REF", `cannot resolve $ref ${JSON.stringify(site.ref)}: ${message}`, {
      file: root.file,
      pointer: site.pointer,
      line: root.lineOf(splitPointer(site.pointer)),
    });
  }
}

function toPath(url: string): string {
  return url.startsWith("file://") ? fileURLToPath(url) : url;
}
