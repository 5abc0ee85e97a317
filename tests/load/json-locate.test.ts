import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonLocator } from "../../generator/load/json-locate.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value of `value`, with the line JSON.stringify(value, null, 2) prints it on. */
function pathsWithLines(value: Json, tokens: string[] = [], line = 1, out: [string[], number][] = []) {
  out.push([tokens, line]);
  if (value === null || typeof value !== "object") return out;
  // Each member starts on its own line, after the lines of the members before it.
  let next = line + 1;
  const entries: [string, Json][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, member] of entries) {
    pathsWithLines(member, [...tokens, key], next, out);
    next += JSON.stringify(member, null, 2).split("\n").length;
  }
  return out;
}

describe("JsonLocator", () => {
  it("finds the line of every value of a pretty-printed document, each container scanned once", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        const locator = new JsonLocator(text);
        for (const [tokens, line] of pathsWithLines(value as Json))
          expect({ tokens, line: locator.lineOf(tokens) }).toEqual({ tokens, line });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("stops at the deepest existing value: a missing member, an index past the end, a token into a scalar", () => {
    const locator = new JsonLocator('{\n  "a": {\n    "b": [\n      1,\n      "x"\n    ]\n  }\n}');
    expect(locator.lineOf(["a", "b", "1"])).toBe(5);
    expect(locator.lineOf(["a", "missing"])).toBe(2);
    expect(locator.lineOf(["a", "b", "9"])).toBe(3);
    expect(locator.lineOf(["a", "b", "0", "deeper"])).toBe(4);
    expect(locator.lineOf([])).toBe(1);
    // Of duplicate keys, the one JSON.parse keeps.
    expect(new JsonLocator('{"a": 1,\n"a": 2}').lineOf(["a"])).toBe(2);
  });
});
