import { describe, expect, it } from "vitest";
import { snippetDiagnostics } from "../helpers/snippet-diagnostics.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

describe("every example snippet compiles against the generated types", () => {
  it("for GitHub's REST description", async () => {
    const { snippets, diagnostics } = await snippetDiagnostics(GITHUB_SPEC);
    expect(snippets).toBeGreaterThan(1000);
    expect(diagnostics.slice(0, 20)).toEqual([]);
  });
});
