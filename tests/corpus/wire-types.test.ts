import { describe, expect, it } from "vitest";
import { bothWays } from "../helpers/wire-types.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

describe("openapi.d.ts", () => {
  it("is byte for byte what openapiTS() writes, for GitHub's REST description", async () => {
    const [ours, reference] = await bothWays(GITHUB_SPEC);
    expect(ours.length).toBeGreaterThan(100);
    expect(ours === reference).toBe(true);
  });
});
