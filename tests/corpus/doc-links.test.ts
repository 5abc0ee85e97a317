import { describe, expect, it } from "vitest";
import { brokenLinks, docsOf } from "../helpers/doc-links.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

describe("every relative link in the docs resolves to a page", () => {
  it("for GitHub's REST description: every page renders, every link resolves", async () => {
    const { model, result } = await docsOf(GITHUB_SPEC);
    expect(brokenLinks(result.files)).toEqual([]);
    // Every object, enum and union schema has its page, and the index links to each.
    const index = result.files.find((f) => f.path === "index.md")!.contents;
    const modelPages = result.files.filter((f) => f.path.startsWith("models/components/"));
    expect(modelPages.length).toBeGreaterThan(model.schemas.size / 2);
    for (const page of modelPages) {
      expect(index).toContain(`](${page.path})`);
      expect(page.contents.startsWith("# ")).toBe(true);
    }
    expect(result.files.some((f) => f.path.startsWith("operations/"))).toBe(true);
  });
});
