import { describe, expect, it } from "vitest";
import { emitDocs } from "../../generator/emit/docs/index.js";
import { GITHUB_SPEC } from "../helpers/paths.js";
import { TEMPLATES, modelOfFile } from "../helpers/model.js";
import { mdxFailures } from "../helpers/mdx.js";
import { CORPUS_FULL, corpusShare } from "../helpers/corpus-share.js";

describe("docs --mdx on GitHub's description", () => {
  it(`${CORPUS_FULL ? "every page" : "every third page (SPECGEN_CORPUS_FULL=1: all)"} compiles with @mdx-js/mdx 3 and remark-gfm`, async () => {
    const { model } = await modelOfFile(GITHUB_SPEC);
    const pages = emitDocs(model, {
      packageName: "octokit",
      templatesDir: TEMPLATES,
      frontMatter: true,
      mdx: true,
    }).files;
    expect(pages.length).toBeGreaterThan(6000);
    expect(await mdxFailures(corpusShare(pages))).toEqual([]);
  });
});
