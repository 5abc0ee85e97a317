import { SpecError, type Warning } from "../errors.js";
import { escapePointerToken } from "../codegen/json-pointer.js";
import type { ParsedSource } from "./parse.js";

/**
 * How large a description may be. Every later stage walks the document, its schemas and its
 * example values; these bounds keep each walk finite and its recursion shallow. GitHub's 13 MB
 * description has 258,000 nodes, is 21 levels deep and has at most 1,876 entries in one object.
 */
export const BOUNDS = {
  /** Levels of nesting from the document's root, example values and extensions included. */
  depth: 256,
  /** Entries of one object or array. */
  width: 100_000,
  /** Objects, arrays and scalars in the whole document. */
  nodes: 5_000_000,
} as const;

/** Keys whose value is data (not OpenAPI objects): an `x-` key inside them is not an extension. */
const DATA_KEYS = new Set(["example", "default", "const", "enum"]);

/** Data: the value of `example`, `default`, `const`, `enum`, a schema's `examples` list, an Example Object's `value`. */
function isData(holder: Frame, key: string, child: unknown): boolean {
  if (DATA_KEYS.has(key)) return true;
  if (key === "examples") return Array.isArray(child);
  return key === "value" && holder.parent?.key === "examples";
}

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string;
  readonly depth: number;
  readonly inData: boolean;
  /** The `x-` extension this node belongs to: annotation data, skipped rather than refused. */
  readonly extension: Extension | undefined;
}

interface Extension {
  frame: Frame;
  nodes: number;
  skipped: boolean;
}

/**
 * Checks the bounds over the whole parsed file without recursion, building a JSON pointer only
 * for a message (a pointer per node would be quadratic in a 100,000-level document). A bound
 * passed inside an `x-` extension removes that extension, with a warning; anywhere else it is
 * an error naming the pointer.
 */
/** What a skipped extension's warning says was done; `--strict` makes the problem an error instead. */
export const EXTENSION_IGNORED = "; the extension is ignored";

export function enforceBounds(source: ParsedSource): Warning[] {
  const warnings: Warning[] = [];
  let nodes = 0;
  const stack: Frame[] = [
    { value: source.value, parent: undefined, key: "", depth: 0, inData: false, extension: undefined },
  ];
  const exceeded = (frame: Frame, message: string): void => {
    const extension = frame.extension;
    if (extension === undefined) {
      const tokens = tokensOf(frame);
      throw new SpecError("UNSUPPORTED", message, {
        file: source.file,
        pointer: abbreviate(tokens),
        line: source.lineOf(tokens),
      });
    }
    extension.skipped = true;
    nodes -= extension.nodes;
    const tokens = tokensOf(extension.frame);
    delete (extension.frame.parent!.value as Record<string, unknown>)[extension.frame.key];
    warnings.push({
      code: "EXTENSION_SKIPPED",
      file: source.file,
      pointer: abbreviate(tokens),
      line: source.lineOf(tokens),
      message: `${message}${EXTENSION_IGNORED}`,
    });
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.extension?.skipped) continue;
    nodes++;
    if (frame.extension) frame.extension.nodes++;
    if (nodes > BOUNDS.nodes) {
      exceeded(frame, `the document has more than ${BOUNDS.nodes} values`);
      continue;
    }
    const value = frame.value;
    if (value === null || typeof value !== "object") continue;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const width = keys === undefined ? (value as unknown[]).length : keys.length;
    if (frame.depth >= BOUNDS.depth && width > 0) {
      exceeded(frame, `nested too deeply: more than ${BOUNDS.depth} levels`);
      continue;
    }
    if (width > BOUNDS.width) {
      exceeded(frame, `${width} entries in one ${keys === undefined ? "array" : "object"}, more than ${BOUNDS.width}`);
      continue;
    }
    const depth = frame.depth + 1;
    if (keys === undefined) {
      const items = value as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        stack.push({
          value: items[i],
          parent: frame,
          key: String(i),
          depth,
          inData: frame.inData,
          extension: frame.extension,
        });
      }
      continue;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = (value as Record<string, unknown>)[key];
      const inData = frame.inData || isData(frame, key, child);
      if (frame.extension === undefined && !frame.inData && key.startsWith("x-")) {
        const extension = { nodes: 0, skipped: false } as Extension;
        const child_: Frame = { value: child, parent: frame, key, depth, inData, extension };
        extension.frame = child_;
        stack.push(child_);
      } else stack.push({ value: child, parent: frame, key, depth, inData, extension: frame.extension });
    }
  }
  return warnings;
}

function tokensOf(frame: Frame): string[] {
  const tokens: string[] = [];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) tokens.push(at.key);
  return tokens.reverse();
}

/** `/a/b/c/…/y/z`: a pointer short enough for a one-line message. */
function abbreviate(tokens: readonly string[]): string {
  const shown = tokens.length <= 12 ? tokens : [...tokens.slice(0, 8), "…", ...tokens.slice(-3)];
  return shown.map((token) => (token === "…" ? "/…" : `/${escapePointerToken(token)}`)).join("");
}
