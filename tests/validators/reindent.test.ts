import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reindent } from "../../generator/emit/validators/reindent.js";

/** The first, regex-based version: slow on 80 MB of code, kept as the oracle of the fast one. */
function reindentByRegex(text: string, base = ""): string {
  let level = 0;
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const bare = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const opens = (bare.match(/[{(]/g) ?? []).length;
    const closes = (bare.match(/[})]/g) ?? []).length;
    const leading = /^[})]+/.exec(bare)?.[0].length ?? 0;
    out.push(`${base}${"  ".repeat(Math.max(0, level - leading))}${line}`);
    level += opens - closes;
  }
  return `${out.join("\n")}\n`;
}

describe("reindent", () => {
  it("indents by braces and parentheses, ignoring those inside string literals", () => {
    const code = ["function f(v) {", 'if (v === "{") {', "return g(", '"a{2}",', ");", "}", "} // end"].join("\n");
    expect(reindent(code, "  ")).toBe(
      [
        "  function f(v) {",
        '    if (v === "{") {',
        "      return g(",
        '        "a{2}",',
        "      );",
        "    }",
        "  } // end",
        "",
      ].join("\n"),
    );
  });

  it("agrees with the regex version on any text made of code-like pieces", () => {
    const piece = fc.constantFrom(
      "{",
      "}",
      "(",
      ")",
      '"',
      '\\"',
      "\\",
      "x",
      " ",
      "\n",
      "\n\n",
      "  ",
      '"}"',
      '"\\\\"',
      "\t",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join("")),
        fc.constantFrom("", "  "),
        (text, base) => {
          expect(reindent(text, base)).toBe(reindentByRegex(text, base));
        },
      ),
      { numRuns: 3000, seed: 5 },
    );
  });
});
