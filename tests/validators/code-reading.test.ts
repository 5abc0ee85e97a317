import { describe, expect, it } from "vitest";
import { Code } from "../../generator/codegen/code.js";
import { mentions } from "../../generator/emit/validators/mentions.js";
import { NamePath, NameScope } from "../../generator/emit/validators/name-path.js";
import { terminates } from "../../generator/emit/validators/reachability.js";

const lines = (...texts: string[]): Code[] => texts.map((text) => new Code(text));

describe("mentions: whether generated statements use an identifier", () => {
  it("finds a whole word outside string literals", () => {
    expect(mentions(lines("if (!(x_a >= 1)) {"), "x_a")).toBe(true);
    expect(mentions(lines('rt.report(e, p, "type", "string", x_a, "be a string");'), "e")).toBe(true);
  });

  it("not a longer name, a property after a dot, or text inside a literal (escaped quotes included)", () => {
    expect(mentions(lines("const x_ab = o;"), "x_a")).toBe(false);
    expect(mentions(lines("if (rt.d) {"), "d")).toBe(false);
    expect(mentions(lines('rt.report(e, p + "/d", "x", "a \\" d", v, "be d");'), "d")).toBe(false);
    expect(mentions(lines('f("a\\\\", d);'), "d")).toBe(true);
  });
});

describe("terminates: whether control can pass the end of generated statements", () => {
  it("a jump at the top level, or an if/else chain whose every branch ends so", () => {
    expect(terminates(lines("return false;"))).toBe(true);
    expect(
      terminates(lines("if (a) {", "return false;", "} else if (b) {", "return false;", "} else {", "break;", "}")),
    ).toBe(true);
  });

  it("not an if without else, a branch that goes on, a loop or a conditional jump", () => {
    expect(terminates(lines("if (a) {", "return false;", "}"))).toBe(false);
    expect(terminates(lines("if (a) {", "return false;", "} else {", "ok = false;", "}"))).toBe(false);
    expect(terminates(lines("for (let i = 0; i < a.length; i++) {", "return false;", "}"))).toBe(false);
    expect(terminates(lines("if (!all) return false;"))).toBe(false);
    expect(terminates(lines("if (a) {", "return false;", "} else {", "return false;", "}", "x++;"))).toBe(false);
    expect(terminates([])).toBe(false);
  });

  it("a nested chain ending every branch ends its branch", () => {
    const inner = ["if (b) {", "return false;", "} else {", "return false;", "}"];
    expect(terminates(lines("if (a) {", ...inner, "} else {", "return false;", "}"))).toBe(true);
  });
});

describe("names from schema paths", () => {
  it("prefix alone at the root, segments joined by _, any text made identifier characters", () => {
    const at = NamePath.ROOT.child("messages").child("item").child("tool-calls");
    expect(NamePath.ROOT.name("o")).toBe("o");
    expect(at.name("x")).toBe("x_messages_item_tool_calls");
    expect(at.below(NamePath.ROOT.child("messages")).name("x")).toBe("x_item_tool_calls");
    expect(NamePath.ROOT.child("é!").name("x")).toBe("x__");
  });

  it("a clash in one scope gets _2, _3 in the order asked for; another scope starts afresh", () => {
    const scope = new NameScope();
    expect([scope.fresh("x_a").text, scope.fresh("x_a").text, scope.fresh("x_a").text]).toEqual([
      "x_a",
      "x_a_2",
      "x_a_3",
    ]);
    expect(new NameScope().fresh("x_a").text).toBe("x_a");
  });
});
