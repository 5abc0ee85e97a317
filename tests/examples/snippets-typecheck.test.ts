import { describe, expect, it } from "vitest";
import { snippetDiagnostics } from "../helpers/snippet-diagnostics.js";
import { ATOMA_SPEC, HAS_ATOMA_SPEC, SPEC } from "../helpers/paths.js";

describe("every example snippet compiles against the generated types", () => {
  it("for spec/", async () => {
    const { snippets, diagnostics } = await snippetDiagnostics(SPEC);
    expect(snippets).toBeGreaterThan(40);
    expect(diagnostics).toEqual([]);
  });

  it.runIf(HAS_ATOMA_SPEC)("for the real Atoma description of January 2025", async () => {
    const { snippets, diagnostics } = await snippetDiagnostics(ATOMA_SPEC);
    expect(snippets).toBeGreaterThan(40);
    expect(diagnostics).toEqual([]);
  });
});
