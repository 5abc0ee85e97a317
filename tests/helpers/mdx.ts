import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { GeneratedFile } from "../../generator/emit/emitter.js";

/** The MDX 3 (+ GFM, as Docusaurus 3 reads `.md`) compile error of a page, or undefined when it compiles. */
export async function mdxError(page: string): Promise<string | undefined> {
  try {
    await compile(page, { remarkPlugins: [remarkGfm] });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** `path: error` for every page that MDX 3 refuses. */
export async function mdxFailures(pages: readonly GeneratedFile[]): Promise<string[]> {
  const failures: string[] = [];
  for (const page of pages) {
    const error = await mdxError(page.contents);
    if (error !== undefined) failures.push(`${page.path}: ${error}`);
  }
  return failures;
}
