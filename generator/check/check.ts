import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { FILE_HEADERS_ONLY, structuredPatch, formatPatch, type StructuredPatch } from "diff";
import { SpecError, type Warning } from "../errors.js";
import {
  DEFAULT_OUT,
  FORMATTER_VERSION,
  OUTPUT_KINDS,
  pick,
  render,
  type GenerateOptions,
  type OutputKind,
  type ShapingOptions,
} from "../pipeline.js";
import { MANIFEST, manifestText, nextManifest, readManifest, type OutputOptions } from "../write/write.js";

export type DriftStatus = "changed" | "missing" | "extra";

export interface FileDrift {
  /** Relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly status: DriftStatus;
  /** First line of the on-disk file that differs (1 for a missing file). */
  readonly line: number;
  /** Unified diff from what is on disk to what `generate` would write. */
  readonly patch: string;
}

export interface CheckResult {
  readonly out: string;
  /** Number of generated files compared, the manifest included. */
  readonly compared: number;
  readonly drift: readonly FileDrift[];
  readonly warnings: readonly Warning[];
  /**
   * Set when the output was formatted by another version of Prettier than the one found now:
   * the drift is then likely Prettier's, and the report says so once instead of file by file.
   */
  readonly formatter?: FormatterMismatch | undefined;
}

export interface FormatterMismatch {
  readonly name: "prettier";
  /** The version the manifest recorded. */
  readonly recorded: string;
  readonly found: string;
  /** Where the one found was loaded from. */
  readonly folder: string;
}

/**
 * Renders the outputs the manifest lists (or `only`) in memory, exactly as `generate` would
 * write them with the options the manifest recorded for each (options given here win), manifest
 * included, and compares them with the output folder. Only files the generator owns are looked
 * at: a file the on-disk manifest does not list belongs to the user. Never writes.
 */
export async function checkDrift(options: GenerateOptions = {}): Promise<CheckResult> {
  const out = options.out ?? DEFAULT_OUT;
  await requireFolder(out);
  const previous = await readManifest(out);
  const listed = OUTPUT_KINDS.filter((kind) => Object.hasOwn(previous?.outputs ?? {}, kind));
  const kinds = options.only ?? (listed.length > 0 ? listed : OUTPUT_KINDS);
  const given = pick(options);
  const byOutput: Partial<Record<OutputKind, ShapingOptions>> = {};
  for (const kind of kinds) byOutput[kind] = { ...(previous?.options?.[kind] as ShapingOptions | undefined), ...given };
  const rendered = await render({ ...options, only: kinds, byOutput });
  const expected = new Map<string, string>();
  for (const files of rendered.byKind.values()) for (const file of files) expected.set(file.path, file.contents);
  const paths = new Map([...rendered.byKind].map(([kind, files]) => [kind, files.map((file) => file.path)]));
  expected.set(MANIFEST, manifestText(nextManifest(previous, paths, rendered.options)));

  const drift: FileDrift[] = [];
  for (const [file, contents] of [...expected].sort(([a], [b]) => compareText(a, b))) {
    const onDisk = await readText(path.join(out, file));
    if (onDisk === contents) continue;
    drift.push(describe(file, onDisk, contents));
  }
  // Outputs not rendered this time are carried over by `generate`; everything else it owned goes.
  const carried = new Set(
    Object.entries(previous?.outputs ?? {}).flatMap(([kind, files]) =>
      (rendered.byKind as ReadonlyMap<string, unknown>).has(kind) ? [] : files,
    ),
  );
  const owned = [...new Set(Object.values(previous?.outputs ?? {}).flat())].sort(compareText);
  for (const file of owned) {
    if (expected.has(file) || carried.has(file)) continue;
    const onDisk = await readText(path.join(out, file));
    if (onDisk !== undefined) drift.push(describe(file, onDisk, undefined));
  }
  const formatter = formatterMismatch(previous?.options ?? {}, rendered.options, rendered.formatter?.folder ?? "");
  return { out, compared: expected.size, drift, warnings: rendered.warnings, formatter };
}

function formatterMismatch(
  recorded: Readonly<Record<string, OutputOptions>>,
  rendered: ReadonlyMap<string, OutputOptions>,
  folder: string,
): FormatterMismatch | undefined {
  for (const [kind, options] of rendered) {
    const found = options[FORMATTER_VERSION];
    const before = recorded[kind]?.[FORMATTER_VERSION];
    if (typeof found === "string" && typeof before === "string" && found !== before)
      return { name: "prettier", recorded: before, found, folder };
  }
  return undefined;
}

/** A mistyped `--out` is named as such, not reported as thousands of missing files. */
async function requireFolder(out: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(out)).isDirectory();
  } catch {
    throw new SpecError("IO", `--out ${out}: no such folder; run specgen generate --out ${out} first`);
  }
  if (!isFolder) throw new SpecError("IO", `--out ${out}: not a folder`);
}

function describe(file: string, onDisk: string | undefined, generated: string | undefined): FileDrift {
  const status: DriftStatus = onDisk === undefined ? "missing" : generated === undefined ? "extra" : "changed";
  const patch = structuredPatch(
    onDisk === undefined ? "/dev/null" : `a/${file}`,
    generated === undefined ? "/dev/null" : `b/${file}`,
    onDisk ?? "",
    generated ?? "",
    undefined,
    undefined,
    { context: 3 },
  );
  return { path: file, status, line: firstChangedLine(patch), patch: formatPatch(patch, FILE_HEADERS_ONLY) };
}

/** The on-disk line where the first hunk's first removed or added line sits. */
function firstChangedLine(patch: StructuredPatch): number {
  const hunk = patch.hunks[0];
  if (!hunk) return 1;
  let line = hunk.oldStart;
  for (const text of hunk.lines) {
    if (text.startsWith("-") || text.startsWith("+")) return Math.max(line, 1);
    if (text.startsWith(" ")) line++;
  }
  return Math.max(hunk.oldStart, 1);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR")
      return undefined;
    throw error;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
