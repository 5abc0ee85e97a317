import { describe, expect, it } from "vitest";
import { generate, render } from "../../generator/pipeline.js";
import { SPEC } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";
import { readTree } from "../helpers/read-tree.js";

async function snapshot(dir: string): Promise<Record<string, string>> {
  return Object.fromEntries((await readTree(dir)).map((file) => [file.path, file.contents]));
}

describe("same spec, same bytes", () => {
  it("two renders are identical", async () => {
    const first = await render({ spec: SPEC });
    const second = await render({ spec: SPEC });
    expect([...second.byKind]).toEqual([...first.byKind]);
  });

  it("two generates into different folders write identical trees", async () => {
    const a = await tempDir("det");
    const b = await tempDir("det");
    await generate({ spec: SPEC, out: a });
    await generate({ spec: SPEC, out: b });
    const [left, right] = [await snapshot(a), await snapshot(b)];
    expect(Object.keys(left).length).toBeGreaterThan(20);
    expect(right).toEqual(left);
  });

  it("generating again over the same folder changes nothing", async () => {
    const dir = await tempDir("det");
    await generate({ spec: SPEC, out: dir });
    const before = await snapshot(dir);
    await generate({ spec: SPEC, out: dir });
    expect(await snapshot(dir)).toEqual(before);
  });
});
