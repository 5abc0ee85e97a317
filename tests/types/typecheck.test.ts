import { describe, expect, it } from "vitest";
import { typecheckFiles } from "../../generator/verify/typecheck.js";

describe("typecheckFiles", () => {
  it("accepts sound code", () => {
    expect(
      typecheckFiles([
        { path: "a.ts", contents: `export type A = { b?: string | undefined };\nexport const a: A = {};\n` },
      ]),
    ).toEqual([]);
  });

  it("reports a type error with file and line", () => {
    const diagnostics = typecheckFiles([
      { path: "models/a.ts", contents: `export type A = { b: string };\n` },
      { path: "models/use.ts", contents: `import type { A } from "./a.js";\n\nexport const a: A = { b: 1 };\n` },
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "models/use.ts", line: 3 });
    expect(diagnostics[0]!.message).toContain("not assignable to type 'string'");
  });

  it("applies exactOptionalPropertyTypes, as a strict consumer would", () => {
    const diagnostics = typecheckFiles([
      { path: "a.ts", contents: `export type A = { b?: string };\nexport const a: A = { b: undefined };\n` },
    ]);
    expect(diagnostics).toHaveLength(1);
  });
});
