import { describe, expect, it } from "vitest";
import { compilePattern } from "../../generator/pattern/compile.js";

function summary(pattern: string): unknown {
  const compiled = compilePattern(pattern);
  return compiled.ok ? { source: compiled.source, flags: compiled.flags, dialect: compiled.dialect } : compiled;
}

describe("patterns in the dialects real descriptions use", () => {
  it("takes an ECMA-262 pattern as written, with the u flag", () => {
    expect(summary("^[a-z]+\\p{L}$")).toEqual({ source: "^[a-z]+\\p{L}$", flags: "u", dialect: undefined });
  });

  it("rewrites identity escapes (AWS) to the u form that means the same", () => {
    expect(summary("^2021\\-03\\-31$")).toEqual({
      source: "^2021-03-31$",
      flags: "u",
      dialect: { reason: `not valid ECMA-262 with the "u" flag (Invalid escape)`, reading: `read as "^2021-03-31$"` },
    });
    expect(summary("\\#[a-zA-Z0-9]{6}")).toEqual({
      source: "#[a-zA-Z0-9]{6}",
      flags: "u",
      dialect: {
        reason: `not valid ECMA-262 with the "u" flag (Invalid escape)`,
        reading: `read as "#[a-zA-Z0-9]{6}"`,
      },
    });
    expect(summary("[A-Za-z0-9_=:\\.\\-\\~\\*]")).toEqual({
      source: "[A-Za-z0-9_=:\\.\\-~\\*]",
      flags: "u",
      dialect: {
        reason: `not valid ECMA-262 with the "u" flag (Invalid escape)`,
        reading: `read as "[A-Za-z0-9_=:\\\\.\\\\-~\\\\*]"`,
      },
    });
    const date = compilePattern("^2021\\-03\\-31$");
    expect(date.ok && date.regExp.test("2021-03-31")).toBe(true);
    expect(date.ok && date.regExp.test("2021-03-3")).toBe(false);
  });

  it("escapes a lone ] or a { that opens no quantifier", () => {
    expect(summary("^a{2}]{x}$")).toMatchObject({ source: "^a{2}\\]\\{x\\}$", flags: "u" });
  });

  it("reads a legacy-only construct without u", () => {
    expect(summary("^\\8$")).toMatchObject({ source: "^\\8$", flags: "" });
  });

  it("refuses to read Java's \\p{Print} without u, where it would mean the text p{Print}", () => {
    expect(summary("\\p{Print}+")).toEqual({ ok: false, reason: "Invalid property name" });
  });

  it("a pattern that is no regular expression at all", () => {
    expect(summary("(a")).toEqual({ ok: false, reason: "Unterminated group" });
  });
});
