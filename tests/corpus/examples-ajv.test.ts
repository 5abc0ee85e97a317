import { describe, expect, it } from "vitest";
import { invalidExamples } from "../helpers/example-verdicts.js";
import { GITHUB_SPEC } from "../helpers/paths.js";
import { CORPUS_FULL, corpusShare } from "../helpers/corpus-share.js";

describe("every example validates with Ajv, and with the generated validators", () => {
  it(`for GitHub's REST description (${CORPUS_FULL ? "every schema" : "every third schema; SPECGEN_CORPUS_FULL=1: all"})`, async () => {
    const { checked, schemas, invalid } = await invalidExamples(GITHUB_SPEC, "examples-github", corpusShare);
    expect(checked).toBe(CORPUS_FULL ? 5859 : 1953);
    expect(checked).toBe(schemas);
    expect(invalid.slice(0, 60)).toEqual([]);
  });
});
