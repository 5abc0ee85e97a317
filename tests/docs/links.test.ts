import path from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { ExampleSelector } from "../../generator/examples/index.js";
import { emitDocs } from "../../generator/emit/docs/index.js";
import type { GeneratedFile } from "../../generator/emit/types.js";
import { GITHUB_SPEC, SPEC } from "../helpers/paths.js";
import { TEMPLATES, modelOfFile } from "../helpers/model.js";

const markdown = new MarkdownIt();

/** Every relative link of every page, with the page it is on and the page it leads to. */
function brokenLinks(files: readonly GeneratedFile[]): string[] {
  const pages = new Set(files.map((file) => file.path));
  const broken: string[] = [];
  let links = 0;
  const walk = (tokens: ReturnType<typeof markdown.parse>, page: string): void => {
    for (const token of tokens) {
      if (token.children) walk(token.children, page);
      if (token.type !== "link_open") continue;
      const href = token.attrGet("href") ?? "";
      // Absolute URLs and site-absolute paths (`/rest/…` in GitHub's descriptions) are the spec's own links.
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href.startsWith("/")) continue;
      links++;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), href.split("#")[0]!));
      if (!pages.has(target)) broken.push(`${page} → ${href}`);
    }
  };
  for (const file of files) walk(markdown.parse(file.contents, {}), file.path);
  expect(links).toBeGreaterThan(0);
  return broken;
}

async function docsOf(file: string) {
  const { model } = await modelOfFile(file);
  return { model, result: emitDocs(model, { packageName: "atoma-sdk", templatesDir: TEMPLATES }, new ExampleSelector(model)) };
}

describe("every relative link in the docs resolves to a page", () => {
  it("for spec/", async () => {
    const { result } = await docsOf(SPEC);
    expect(brokenLinks(result.files)).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain("index.md");
  });

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
