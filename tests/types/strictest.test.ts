import { describe, expect, it } from "vitest";
import { render } from "../../generator/pipeline.js";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { SPEC } from "../helpers/paths.js";

describe("spec/'s whole output under the strictest common tsconfig", () => {
  it("types, validators, openapi.d.ts and snippets compile with noUnusedLocals, noUnusedParameters, noPropertyAccessFromIndexSignature, verbatimModuleSyntax, isolatedModules, erasableSyntaxOnly and the rest", async () => {
    const { byKind } = await render({ spec: SPEC });
    const files = [...byKind.values()].flat();
    // Every output that holds TypeScript is part of what is checked.
    const checked = files.filter((file) => file.path.endsWith(".ts")).map((file) => file.path.split("/")[0]);
    expect(new Set(checked)).toEqual(new Set(["models", "validators", "examples", "openapi.d.ts"]));
    // openapi.d.ts too, which the strictest tsconfigs skip (skipLibCheck) but a stricter one may not.
    expect(typecheckFiles(files, { ...STRICTEST_OPTIONS, skipLibCheck: false, skipDefaultLibCheck: true })).toEqual([]);
  });
});
