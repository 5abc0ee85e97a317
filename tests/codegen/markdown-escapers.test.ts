import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { normaliseLineBreaks } from "../../generator/codegen/code.js";
import { codeSpan, inline, literal, literalCell, prose, textCell } from "../../generator/codegen/markdown.js";

/** CommonMark + GFM as micromark renders it, raw HTML let through so that any that comes out is seen. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The characters HTML output escapes, and the numeric references, read back. */
function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_all, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The text of rendered inline HTML that must hold no element at all (no emphasis, link, code, tag). */
function textOf(html: string): string {
  expect(html).not.toContain("<");
  return decode(html);
}

/** Every markdown-significant character, white space and line breaks, and a few whole constructs. */
const markdownText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        ..."\\`*_[]()<>&#;|~$!-+=.:/@{}^\"'1a ".split(""),
        "\t",
        "\n",
        "\r\n",
        "\u2028",
        "    ",
        "```",
        "~~~",
        "&amp;",
        "&#60;",
        "&copy;",
        "<br/>",
        "<script>",
        "</td>",
        "<!--",
        "[x](y)",
        "![i](j)",
        "[^1]",
        "www.a.com",
        "https://a.b",
        "a@b.co",
        "1.",
        "2)",
        "---",
        "===",
        "***",
        "___",
        "foo_bar",
        "$x$",
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join("")),
);

/** The cells of the body rows of the one table in `html`. */
function bodyCells(html: string): string[][] {
  const body = /<tbody>\n([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!),
  );
}

function tableWith(cellMarkdown: string): string {
  return `| A | B | C |\n| --- | --- | --- |\n| x | ${cellMarkdown} | y |\n`;
}

describe("markdown table cells", () => {
  it("literalCell: any plain text stays one cell of its row and renders back as itself", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const rows = bodyCells(render(tableWith(literalCell(text).text)));
        expect(rows).toHaveLength(1);
        expect(rows[0]).toHaveLength(3);
        expect(rows[0]![0]).toBe("x");
        expect(rows[0]![2]).toBe("y");
        const lines = normaliseLineBreaks(text)
          .split("\n")
          .map((line) => line.trim());
        expect(rows[0]![1]!.split("<br/>").map(textOf)).toEqual(lines.map((line) => line.replace(/\0/g, "\uFFFD")));
      }),
      { numRuns: 500 },
    );
  });

  it("textCell: any spec markdown stays one cell of its row, with no HTML element of its own", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const rows = bodyCells(render(tableWith(textCell(text).text)));
        expect(rows).toHaveLength(1);
        expect(rows[0]).toEqual(["x", expect.any(String), "y"]);
        // Markdown may make emphasis, links or code of it; never raw HTML other than our <br/> and <code>.
        const tags = [...rows[0]![1]!.matchAll(/<\/?([a-z]+)/g)].map((tag) => tag[1]);
        for (const tag of tags) expect(["br", "code", "em", "strong", "del", "a", "img"]).toContain(tag);
        expect(rows[0]![1]).not.toMatch(/<(script|td)|<!--/);
      }),
      { numRuns: 500 },
    );
  });

  it("width counts a line break as one character", () => {
    expect(literalCell("a|b\nc")).toEqual({ text: "a\\|b<br/>c", width: 6 });
    expect(textCell("a|b\n`c|d`")).toEqual({ text: "a\\|b<br/>`c\\|d`", width: 11 });
  });
});

describe("markdown text", () => {
  it("literal: any plain text is one paragraph that renders back as itself, opening no construct", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const expected = normaliseLineBreaks(text).replace(/\n/g, " ").trim().replace(/\0/g, "\uFFFD");
        for (const [markdown, open, close] of [
          [literal(text), "<p>", "</p>"],
          [`- ${literal(text)}`, "<ul>\n<li>", "</li>\n</ul>"],
        ] as const) {
          const html = render(markdown);
          if (expected === "") continue;
          expect(html.startsWith(open) && html.endsWith(close), html).toBe(true);
          expect(textOf(html.slice(open.length, -close.length))).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("literal keeps what opens nothing as it is", () => {
    expect(literal("POST /pets request body application/json $.tags")).toBe(
      "POST /pets request body application/json \\$.tags",
    );
    expect(literal("frequency_penalty maxItems 10 → 5")).toBe("frequency_penalty maxItems 10 → 5");
    expect(literal("- _a_ 1. a & b &amp; <i>")).toBe("\\- \\_a\\_ 1. a & b \\&amp; &lt;i>");
  });

  it("prose: no spec paragraph leaves a block open or lets raw HTML through", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const html = render(`${prose(text)}\n\nAFTER\n`);
        // An unclosed fence, an HTML block or a list left open would take the next paragraph in.
        expect(html.endsWith("<p>AFTER</p>\n") || html.endsWith("<p>AFTER</p>"), html).toBe(true);
        expect(html).not.toMatch(/<(script|td|br\/)|<!--/);
      }),
      { numRuns: 500 },
    );
  });

  it("inline: a title or a list entry's summary stays on its line, with no raw HTML", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const entry = render(`- [t](p): ${inline(text)}\n- AFTER\n`);
        expect(entry.match(/<li>/g)).toHaveLength(2);
        expect(entry).toMatch(/<li>AFTER<\/li>\n<\/ul>\n?$/);
        const title = render(`# ${inline(text)}\n\nAFTER\n`);
        expect(title).toMatch(/^<h1>[\s\S]*<\/h1>\n<p>AFTER<\/p>\n?$/);
        for (const html of [entry, title]) expect(html).not.toMatch(/<(script|td|br\/)|<!--/);
      }),
      { numRuns: 500 },
    );
  });

  it("codeSpan: any text is one code span whose content is that text on one line", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const flat = normaliseLineBreaks(text).replace(/\n/g, " ");
        fc.pre(flat !== "");
        const html = render(`x ${codeSpan(text)} y`);
        const match = /^<p>x <code>([\s\S]*)<\/code> y<\/p>$/.exec(html);
        expect(match, html).not.toBeNull();
        expect(decode(match![1]!)).toBe(flat.replace(/\0/g, "\uFFFD"));
      }),
      { numRuns: 500 },
    );
  });
});
