import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readTree } from "../helpers/read-tree.js";
import { REPO, SPEC } from "../helpers/paths.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const run = promisify(execFile);

/** GFM tables of a page: one delimiter row (`| --- | ---: |`) each. */
function markdownTables(page: string): number {
  return page.split("\n").filter((line) => /^\|(\s*:?-{3,}:?\s*\|)+$/.test(line.trim())).length;
}

describe("the README's VitePress recipe", () => {
  it("`specgen docs --front-matter` builds with `vitepress build`: every page, every table, no dead link", async () => {
    const site = await tempDir("vitepress");
    const docs = path.join(site, "docs");
    const api = path.join(docs, "api");
    const generated = await runCli("docs", "--spec", SPEC, "--out", api, "--front-matter");
    expect(generated.code).toBe(0);
    await mkdir(path.join(docs, ".vitepress"), { recursive: true });
    await writeFile(path.join(docs, ".vitepress", "config.mjs"), 'export default { title: "API reference" };\n');

    // VitePress fails the build on a link to a page that does not exist.
    await run(process.execPath, [path.join(REPO, "node_modules/vitepress/bin/vitepress.js"), "build", docs], {
      cwd: site,
      maxBuffer: 16 * 1024 * 1024,
    });

    const pages = (await readTree(api)).filter((file) => file.path.endsWith(".md"));
    expect(pages.length).toBeGreaterThan(50);
    const rendered = await Promise.all(
      pages.map(async (page) => {
        const html = await readFile(
          path.join(docs, ".vitepress", "dist", "api", page.path.replace(/\.md$/, ".html")),
          "utf8",
        );
        return { page: page.path, tables: (html.match(/<table/g) ?? []).length };
      }),
    );
    expect(rendered).toEqual(pages.map((page) => ({ page: page.path, tables: markdownTables(page.contents) })));
    // The seed page: its Fields table, and its title from the front matter.
    const seed = await readFile(
      path.join(docs, ".vitepress", "dist", "api", "models", "components", "createchatcompletionrequest.html"),
      "utf8",
    );
    expect(seed).toContain("<title>CreateChatCompletionRequest | API reference</title>");
    expect(rendered.reduce((sum, page) => sum + page.tables, 0)).toBeGreaterThan(40);
  });
});
