import path from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../../generator/pipeline.js";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { expectGolden } from "../helpers/golden.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

describe("a 3.1 document using every 3.1 feature the model supports", () => {
  it("generates code that type-checks under strict, with the expected types", async () => {
    const { byKind } = await render({ spec: path.join(FIXTURES, "openapi-3.1-features.yaml") });
    const files = [...byKind.values()].flat();
    expect(typecheckFiles(files, STRICTEST_OPTIONS)).toEqual([]);
    const shipment = files.find((file) => file.path === "models/components/shipment.ts")!;
    expectGolden(path.join(REPO, "tests/golden/types/openapi-3.1-shipment.ts.golden"), shipment.contents);
  });
});
