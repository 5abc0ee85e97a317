import MarkdownIt from "markdown-it";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSpan, escapeHtmlOutsideCode, inline, prose, textCell } from "../../generator/codegen/markdown.js";

const markdown = new MarkdownIt({ html: true });

describe("spec text into markdown", () => {
  it("escapes < outside code spans and keeps code spans without < as they are", () => {
    expect(escapeHtmlOutsideCode("a <script> b `x | y` c")).toBe("a &lt;script> b `x | y` c");
    expect(escapeHtmlOutsideCode("``a ` b``")).toBe("``a ` b``");
    expect(escapeHtmlOutsideCode("lone ` tick <b>")).toBe("lone ` tick &lt;b>");
    expect(escapeHtmlOutsideCode("\\<b> and \\`<i>`")).toBe("\\<b> and \\`&lt;i>`");
  });

  it("writes a code span holding < as a <code> element of entities, wherever a renderer thinks code spans are", () => {
    // markdown-it does not see the code span CommonMark sees here: left as a code span, <script> came through.
    const text = "[`<script>alert(1)</script> `[ `";
    expect(escapeHtmlOutsideCode(text)).toBe("[<code>&#60;script&#62;alert&#40;1&#41;&#60;&#47;script&#62; </code>[ `");
    expect(markdown.renderInline(escapeHtmlOutsideCode(text))).not.toMatch(/<script/);
    expect(markdown.renderInline(escapeHtmlOutsideCode("use `List<T>` here"))).toBe(
      "use <code>List&lt;T&gt;</code> here",
    );
    expect(escapeHtmlOutsideCode("` <a> `")).toBe("<code>&#60;a&#62;</code>");
  });

  it("table cells: | escaped everywhere, line breaks as <br/>, width counts a break as one", () => {
    expect(textCell("a|b\n`c|d`")).toEqual({ text: "a\\|b<br/>`c\\|d`", width: 11 });
    expect(textCell("x\r\ny")).toEqual({ text: "x<br/>y", width: 3 });
  });

  it("prose escapes an unclosed fence and keeps a closed one", () => {
    expect(prose("```\n<b>")).toBe("\\```\n&lt;b>");
    expect(prose("```\ncode\n```")).toBe("```\ncode\n```");
    expect(inline(" a\n  b <i> ")).toBe("a b &lt;i>");
  });

  it("codeSpan holds any text as one code span", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "`", " ", "<", "|", "\n") }), (text) => {
        const html = markdown.renderInline(codeSpan(text));
        const flat = text.replace(/\n/g, " ");
        if (flat.trim() === "") return;
        expect(html.startsWith("<code>") && html.endsWith("</code>")).toBe(true);
      }),
    );
  });

  it("no spec text renders as an HTML element, for any mix of backticks, brackets and tags", () => {
    const part = fc.constantFrom(
      "`",
      "``",
      "[",
      "]",
      "(",
      ")",
      "<script>",
      "</script>",
      "<b>",
      " ",
      "\\",
      "x",
      "|",
      "\n",
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 24 }).map((parts) => parts.join("")),
        (text) => {
          for (const rendered of [markdown.render(prose(text)), markdown.renderInline(inline(text))]) {
            expect(rendered).not.toMatch(/<(script|b)>/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
