import { closesFence, fenceMarker, rewriteOutsideCode } from "./markdown.js";

/**
 * A finished markdown page made valid MDX 3 as well (`--mdx`, for Docusaurus 3, which reads
 * `.md` as MDX): MDX reads `{`/`}` as JavaScript expressions and `<` as JSX, so outside code
 * spans and fenced code blocks `{` and `}` are backslash-escaped (CommonMark renders `\{` as `{`)
 * and a `<` that does not open one of the few elements the page writes itself becomes `&lt;`.
 * The page stays valid CommonMark + GFM and renders the same there. It is not the default,
 * because the seed format writes `Record<string, *number*>` with a bare `<`.
 */
export function mdxPage(page: string): string {
  const out: string[] = [];
  // A code span may run over the lines of a paragraph, never past a blank line or a table row.
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(mdxText(paragraph.join("\n")));
    paragraph = [];
  };
  let fence: string | undefined;
  for (const line of page.split("\n")) {
    const marker = fenceMarker(line);
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
    } else if (marker !== undefined) {
      flush();
      fence = marker;
      out.push(line);
    } else if (line.trim() === "" || line.trimStart().startsWith("|")) {
      flush();
      out.push(mdxText(line));
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return out.join("\n");
}

/** The elements the docs emitter writes itself (line breaks in cells, code that holds `<`). */
const OWN_ELEMENTS = /^<(br\/|code|\/code)>/;

function mdxText(text: string): string {
  return rewriteOutsideCode(
    text,
    (at) => {
      const c = text[at];
      if (c === "{" || c === "}") return [`\\${c}`, 1];
      if (c !== "<") return undefined;
      const own = OWN_ELEMENTS.exec(text.slice(at))?.[0];
      return own === undefined ? ["&lt;", 1] : [own, own.length];
    },
    // A code span's line breaks render as spaces; kept as breaks, MDX may read a `{` that
    // starts the next line as an expression.
    (written) => written.replace(/\n/g, " "),
  );
}
