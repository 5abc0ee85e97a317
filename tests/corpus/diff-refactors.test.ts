import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { diffLoaded, sideFromText, type LoadedSide } from "../../generator/diff/index.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

/** Every `oneOf`/`anyOf` list in reverse order: the same set of accepted values. */
function reverseUnions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseUnions);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      (key === "oneOf" || key === "anyOf") && Array.isArray(inner)
        ? [...inner].reverse().map(reverseUnions)
        : reverseUnions(inner),
    ]),
  );
}

/**
 * A 3.0 document in 3.1 spelling: `nullable: true` becomes `null` in a type array where 3.0.3
 * gives it an effect; boolean `exclusiveMinimum/Maximum` become numbers.
 */
function to31(document: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (value === null || typeof value !== "object") return value;
    const { nullable, ...rest } = value as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, convert(inner)])) as Record<
      string,
      unknown
    >;
    for (const [bound, limit] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"],
    ] as const) {
      if (typeof out[bound] !== "boolean") continue;
      if (out[bound] === true) out[bound] = out[limit];
      else delete out[bound];
      if (out[bound] !== undefined) delete out[limit];
    }
    // OpenAPI 3.0.3: `nullable` adds null to the `type` beside it, and not past an enum that lacks
    // null; without a type it has no effect (as the validators and Ajv read it).
    if (nullable !== true || typeof out.type !== "string") return out;
    if (Array.isArray(out.enum) && !out.enum.includes(null)) return out;
    return { ...out, type: [out.type, "null"] };
  };
  return { ...document, openapi: "3.1.0", paths: convert(document.paths), components: convert(document.components) };
}

describe("refactors of GitHub's description that keep its meaning report nothing breaking", () => {
  let text: string;
  let base: LoadedSide;
  beforeAll(async () => {
    text = readFileSync(GITHUB_SPEC, "utf8");
    base = await sideFromText("github.json", text);
  });

  it("every oneOf/anyOf reversed: no finding at all", async () => {
    const head = await sideFromText("reversed.json", JSON.stringify(reverseUnions(JSON.parse(text))));
    const result = diffLoaded(base, head);
    expect(result.findings.map((finding) => `${finding.rule} ${finding.path}`)).toEqual([]);
  });

  it("converted from 3.0 to 3.1 form (nullable → type arrays): 0 breaking, 0 warning", async () => {
    const converted = to31(JSON.parse(text) as Record<string, unknown>);
    expect(JSON.stringify(converted)).not.toContain('"nullable"');
    const head = await sideFromText("github-3.1.json", JSON.stringify(converted));
    const result = diffLoaded(base, head);
    expect(
      result.findings
        .filter((finding) => finding.level !== "info")
        .map((finding) => `${finding.rule} ${finding.path}: ${finding.message}`),
    ).toEqual([]);
  });
});
