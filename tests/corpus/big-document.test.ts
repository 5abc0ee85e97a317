import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const run = runCli;

describe("a large document", () => {
  it("a 50 MB document", async () => {
    const dir = await tempDir("big");
    const file = path.join(dir, "big.json");
    const description = "Lorem ipsum dolor sit amet, */ `${x}` | consectetur. ".repeat(500);
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 2_000; i++) {
      schemas[`Thing${i}`] = {
        type: "object",
        description,
        properties: {
          id: { type: "integer", description },
          next: { $ref: `#/components/schemas/Thing${(i + 1) % 2_000}` },
        },
      };
    }
    const text = JSON.stringify({
      openapi: "3.0.3",
      info: { title: "big", version: "1" },
      paths: {},
      components: { schemas },
    });
    expect(text.length).toBeGreaterThan(50_000_000);
    await writeFile(file, text);
    const result = await run("generate", "--spec", file, "--out", path.join(dir, "out"), "--only", "types");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/for 2000 schemas/);
  });
});
