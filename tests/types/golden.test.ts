import path from "node:path";
import { beforeAll, describe, it } from "vitest";
import { loadSpec } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { emitTypes } from "../../generator/emit/models/index.js";
import type { GeneratedFile } from "../../generator/emit/emitter.js";
import { expectGolden } from "../helpers/golden.js";
import { REPO, SPEC } from "../helpers/paths.js";

/** The schemas whose emitted module is pinned byte for byte: one of every shape the spec has. */
const PINNED = [
  "createchatcompletionrequest", // allOf merged, nullable fields, a map, an array of $refs
  "createchatcompletionstreamrequest", // allOf where the override makes a field required
  "chatcompletionmessage",
  "conversationmessage", // oneOf union with a discriminator
  "assistantmessage", // deprecated property, hoisted inline object and enum
  "rolesystemmessage", // an inline single-value enum, hoisted
  "finishreason", // a string enum component
  "responseformatunion", // a union of inline objects: `<X>Union`, members `<X>1`…
  "responseformat3",
  "parameterschema", // recursive
  "conversation", // map of strings, array of unions
  "completionusage",
  "embeddinginput", // oneOf of primitives
  "index",
];

describe("types emitter golden files", () => {
  let files: Map<string, GeneratedFile>;
  beforeAll(async () => {
    const { files: emitted } = emitTypes(buildModel(await loadSpec(SPEC)));
    files = new Map(emitted.map((file) => [path.basename(file.path, ".ts"), file]));
  });

  for (const stem of PINNED) {
    it(`${stem}.ts`, () => {
      const file = files.get(stem);
      if (!file) throw new Error(`no module ${stem}.ts was emitted`);
      expectGolden(path.join(REPO, "tests/golden/types", `${stem}.ts.golden`), file.contents);
    });
  }
});
