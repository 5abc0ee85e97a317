import { readFile } from "node:fs/promises";
import { SpecError, type Warning } from "../errors.js";
import { enforceBounds } from "./bounds.js";
import { bundleExternalRefs, collectRefs, type BundleOptions } from "./bundle.js";
import { checkDocument, type OpenApiVersion } from "./check-document.js";
import { resolveDynamicRefs } from "./dynamic-refs.js";
import { checkStructureAhead, type StructureAhead } from "./structure-ahead.js";
import { isRecord } from "./schema-walk.js";
import { parseSource, withoutByteOrderMark, type ParsedSource } from "./parse.js";

export interface LoadedSpec {
  /** The path as the user gave it, used in every message. */
  readonly file: string;
  readonly version: OpenApiVersion;
  /** The bundled document: every `$ref` in it is local (`#/…`). */
  readonly document: Record<string, unknown>;
  /** Line lookup in the root file, for messages and annotations. */
  readonly source: ParsedSource;
  /** What the checks worked around (an unknown keyword read as an annotation, a pattern's dialect, an oversized `x-` extension skipped). */
  readonly warnings: readonly Warning[];
  /** Other files' content came in through `$ref`s: the document is more than the root file's text. */
  readonly bundled: boolean;
}

export interface LoadOptions extends BundleOptions {
  /** Every warning about the document is an error (`--strict`). */
  readonly strict?: boolean | undefined;
  /**
   * Look for patterns that backtrack in super-linear time (on by default). `validate` turns it
   * off: it bounds every match it cannot prove linear in time, so the warning, which tells users
   * of the generated validators to plug in a linear-time engine, has nothing to add there, and
   * recheck takes 0.05 to 1 s a pattern (2 s on GitHub's description).
   */
  readonly backtracking?: boolean | undefined;
  /**
   * Called once the document is bundled, before it is checked, so that slow consumers of the
   * raw document (openapi-typescript in a worker) can start early. `jsonText` is the file's text
   * when it is JSON and bundling changed nothing, which a worker can parse faster than it can be
   * copied to it.
   */
  readonly onBundled?: ((document: unknown, jsonText: string | undefined) => void) | undefined;
}

/** load = parse → bundle external `$ref`s → check the OpenAPI structure. */
export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  return loadSpecText(await readSpecFile(file), file, options);
}

/** The spec file's text; a file that cannot be read is a one-line error. */
export async function readSpecFile(file: string): Promise<string> {
  return (await readSpecBytes(file)).toString("utf8");
}

/** The spec file's bytes, as readSpecFile reads them. */
export async function readSpecBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new SpecError(
      "IO",
      `cannot read the spec: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file },
    );
  }
}

export async function loadSpecText(text: string, file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  text = withoutByteOrderMark(text);
  // Started first, in a worker: read only if the document checked is the text as written.
  const ahead = checkStructureAhead(text);
  try {
    return await loadChecked(text, file, options, ahead);
  } finally {
    ahead?.cancel();
  }
}

async function loadChecked(
  text: string,
  file: string,
  options: LoadOptions,
  ahead: StructureAhead | undefined,
): Promise<LoadedSpec> {
  const source = parseSource(text, file);
  const skipped = enforceBounds(source);
  const refs = collectRefs(source.value);
  const document = await bundleExternalRefs(source, options, skipped, refs);
  // Only a document that names `$dynamicRef` or `$recursiveRef` (or was bundled from other files) is walked for them.
  const bundled = document !== source.value;
  const dynamic = text.includes("$dynamicRef") || text.includes("$recursiveRef");
  const rewritten = (bundled || dynamic) && isRecord(document) ? resolveDynamicRefs(document) : 0;
  // The text still holds an extension the bounds removed, or a `$dynamicRef` made a `$ref`: the
  // worker must get the document.
  const untouched = !bundled && skipped.length === 0 && rewritten === 0;
  options.onBundled?.(document, untouched && text.trimStart().startsWith("{") ? text : undefined);
  const checked = checkDocument(document, source, {
    strict: options.strict,
    skippedExtensions: skipped,
    backtracking: options.backtracking,
    // Those the bundler read, unless it or a `$dynamicRef` changed them: one walk of GitHub's 13 MB fewer.
    refs: bundled || rewritten > 0 ? undefined : refs,
    checkedValid: untouched ? ahead?.checkedValid : undefined,
  });
  return {
    file,
    version: checked.version,
    document: document as Record<string, unknown>,
    source,
    warnings: checked.warnings,
    bundled,
  };
}
