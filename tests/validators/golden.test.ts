import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/emit/emitter.js";
import { emitValidators } from "../../generator/emit/validators/index.js";
import { expectGolden } from "../helpers/golden.js";
import { modelOfFile } from "../helpers/model.js";
import { REPO, SPEC } from "../helpers/paths.js";

/** Generated validator modules pinned byte for byte. */
const PINNED = [
  "createchatcompletionrequest", // allOf of a $ref and an object: a conjunction
  "chatcompletionrequest", // nullable numbers with bounds, a map, arrays, formats
  "conversationmessage", // oneOf with a discriminator: dispatched by tag
  "parameterschema", // recursive
  "_runtime",
];

describe("validators emitter golden files", () => {
  let files: Map<string, GeneratedFile>;
  beforeAll(async () => {
    const { model } = await modelOfFile(SPEC);
    files = new Map(emitValidators(model).files.map((file) => [file.path, file]));
  });

  for (const stem of PINNED) {
    it(`validators/${stem}.ts`, () => {
      const file = files.get(`validators/${stem}.ts`);
      if (!file) throw new Error(`no validators/${stem}.ts`);
      expectGolden(path.join(REPO, "tests/golden/validators", `${stem}.ts.golden`), file.contents);
    });
  }

  it("adds no non-ASCII text of its own to a schema's module (spec/ is ASCII)", () => {
    // One character outside Latin-1 makes V8 hold a whole module as a two-byte string: on
    // GitHub's description a `→` in two comments doubled 70 MB of validator text and cost
    // 0.3 to 0.5 s of a regeneration.
    const offenders = [...files.values()].filter(
      (file) => file.path !== "validators/_runtime.ts" && /[^\x00-\x7f]/.test(file.contents),
    );
    expect(offenders.map((file) => file.path)).toEqual([]);
  });
});
