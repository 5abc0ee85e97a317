import { describe, expect, it } from "vitest";
import { brokenLinks, docsOf } from "../helpers/doc-links.js";
import { SPEC } from "../helpers/paths.js";

describe("every relative link in the docs resolves to a page", () => {
  it("for spec/", async () => {
    const { result } = await docsOf(SPEC);
    expect(brokenLinks(result.files)).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain("index.md");
  });
});
