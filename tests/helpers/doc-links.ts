import { expect } from "vitest";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { ExampleSelector } from "../../generator/example-values/index.js";
import { emitDocs } from "../../generator/emit/docs/index.js";
import type { GeneratedFile } from "../../generator/emit/emitter.js";
import { TEMPLATES, modelOfFile } from "./model.js";

const markdown = new MarkdownIt();

/** Every relative link of every page, with the page it is on and the page it leads to. */
export function brokenLinks(files: readonly GeneratedFile[]): string[] {
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

export async function docsOf(file: string) {
  const { model } = await modelOfFile(file);
  return {
    model,
    result: emitDocs(model, { packageName: "atoma-sdk", templatesDir: TEMPLATES }, new ExampleSelector(model)),
  };
}
