import { describe, expect, it } from "vitest";
import { snippetDiagnostics } from "../helpers/snippet-diagnostics.js";
import { SPEC } from "../helpers/paths.js";

describe("every example snippet compiles against the generated types", () => {
  it("for spec/", async () => {
    const { snippets, diagnostics } = await snippetDiagnostics(SPEC);
    expect(snippets).toBeGreaterThan(40);
    expect(diagnostics).toEqual([]);
  });
});
