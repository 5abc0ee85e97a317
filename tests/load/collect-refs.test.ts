import { describe, expect, it } from "vitest";
import { collectRefs } from "../../generator/load/bundle.js";

describe("collectRefs", () => {
  it("finds every $ref with its pointer, and none inside examples, defaults, consts and enums", () => {
    const document = {
      components: {
        schemas: {
          "a/b~c": { $ref: "#/components/schemas/B", default: { $ref: "#/not/a/ref" } },
          B: { type: "array", items: [{ $ref: "#/x" }], enum: [{ $ref: "#/no" }] },
        },
        examples: { one: { value: { $ref: "#/data" }, summary: { $ref: "#/yes" } } },
      },
      $ref: "#/root",
    };
    expect(collectRefs(document)).toEqual([
      { ref: "#/root", pointer: "/$ref" },
      { ref: "#/components/schemas/B", pointer: "/components/schemas/a~1b~0c/$ref" },
      { ref: "#/x", pointer: "/components/schemas/B/items/0/$ref" },
      { ref: "#/yes", pointer: "/components/examples/one/summary/$ref" },
    ]);
  });

  it("walks a 10,000-deep chain with a $ref at every level without overflowing the stack", () => {
    let node: Record<string, unknown> = { $ref: "#/end" };
    for (let i = 0; i < 10_000; i++) node = { $ref: "#/x", properties: { p: node } };
    const sites = collectRefs(node);
    expect(sites).toHaveLength(10_001);
    expect(sites[10_000]!.pointer).toBe(`${"/properties/p".repeat(10_000)}/$ref`);
  });
});
