import { readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { OpenApiVersion } from "../../generator/load/check-document.js";
import { loadSpec } from "../../generator/load/index.js";
import { AHEAD_MIN_CHARS, checkStructureAhead } from "../../generator/load/structure-ahead.js";
import { compileOfficialSchema, precompiled, writePrecompiledValidators } from "../../generator/load/structure.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";
import { BREAKS, verdict } from "../helpers/structure-breaks.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * `npm run build` writes the first-error validators of the official schemas as Ajv's standalone
 * code (writePrecompiledValidators), and loading reads them instead of compiling. They must give
 * the verdict and the error of the validator compiled in process, on valid and broken documents.
 */
const DOCUMENTS: readonly [OpenApiVersion, string][] = [
  ["3.0", SPEC],
  ["3.1", path.join(FIXTURES, "openapi-3.1-features.yaml")],
  ["3.2", path.join(FIXTURES, "load/openapi-3.2.yaml")],
];

describe("the precompiled structure validators", () => {
  it("give the in-process validator's verdicts and errors", async () => {
    const folder = await tempDir("structure-validators");
    expect(writePrecompiledValidators(folder)).toHaveLength(3);
    let compared = 0;
    for (const [version, file] of DOCUMENTS) {
      const loaded = precompiled(version, folder);
      expect(loaded, version).toBeDefined();
      const compiled = compileOfficialSchema(version, false);
      const { document } = await loadSpec(file);
      for (const [i, broken] of BREAKS.entries()) {
        const copy = structuredClone(document);
        broken(copy);
        const ours = verdict(loaded!, copy);
        expect({ file, i, ours }).toEqual({ file, i, ours: verdict(compiled, copy) });
        if (i > 0) expect({ file, i, valid: (ours as { valid: boolean }).valid }).toEqual({ file, i, valid: false });
        compared++;
      }
    }
    expect(compared).toBe(DOCUMENTS.length * BREAKS.length);
  });

  it("are read only when compiled from the schema and the Ajv of this run", async () => {
    const folder = await tempDir("structure-validators-stale");
    writePrecompiledValidators(folder);
    // As if compiled from another schema or by another Ajv: the fingerprint in the name differs.
    for (const name of readdirSync(folder))
      renameSync(
        path.join(folder, name),
        path.join(folder, name.replace(/-[0-9a-f]{16}\.cjs$/, "-0000000000000000.cjs")),
      );
    for (const version of ["3.0", "3.1", "3.2"] as const) expect(precompiled(version, folder)).toBeUndefined();
  });

  it("run in a worker on a large JSON text, they give the in-process verdict of the document it holds", async () => {
    const folder = await tempDir("structure-validators-ahead");
    writePrecompiledValidators(folder);
    // spec/'s document (3.1), made large by an extension (GitHub's description: the corpus suite).
    const { document } = await loadSpec(SPEC);
    const compiled = compileOfficialSchema("3.1", false);
    for (const [i, broken] of BREAKS.entries()) {
      const copy = structuredClone(document);
      copy["x-padding"] = "x".repeat(AHEAD_MIN_CHARS);
      broken(copy);
      const text = JSON.stringify(copy);
      expect(text.length).toBeGreaterThan(AHEAD_MIN_CHARS);
      const ahead = checkStructureAhead(text, folder)!;
      expect({ i, valid: ahead.checkedValid("3.1") }).toEqual({ i, valid: compiled(copy) });
      // A verdict about 3.1 says nothing about another version.
      expect(ahead.checkedValid("3.0")).toBeUndefined();
    }
    // Not JSON after all: no verdict, and the loading thread checks.
    expect(checkStructureAhead(`{${" ".repeat(AHEAD_MIN_CHARS)}`, folder)!.checkedValid("3.0")).toBeUndefined();
  });

  it("are not started for a small or YAML text, nor without precompiled validators", async () => {
    const folder = await tempDir("structure-validators-none");
    const large = JSON.stringify({ openapi: "3.0.3", padding: " ".repeat(AHEAD_MIN_CHARS) });
    expect(checkStructureAhead(large, folder)).toBeUndefined();
    writePrecompiledValidators(folder);
    const started = checkStructureAhead(large, folder);
    expect(started).toBeDefined();
    started!.cancel();
    expect(checkStructureAhead('{"openapi": "3.0.3"}', folder)).toBeUndefined();
    expect(checkStructureAhead(`openapi: 3.0.3\npadding: "${" ".repeat(AHEAD_MIN_CHARS)}"`, folder)).toBeUndefined();
  });
});
