import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../../generator/errors.js";
import { generate } from "../../generator/pipeline.js";
import { STRICT_OPTIONS } from "../../generator/verify/typecheck.js";
import { createFolderChecker } from "../../scripts/corpus/typecheck-folder.mjs";
import { FIXTURES } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

// Failure classes found by `npm run corpus` (APIs.guru), each cut down to a fixture of the same
// shape, so the fast suite keeps them fixed without the 413 MB corpus.
const check = createFolderChecker(STRICT_OPTIONS);

async function generateInEsmProject(fixture: string): Promise<string> {
  const project = await tempDir("corpus-class");
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
  const out = path.join(project, "sdk");
  await generate({ spec: path.join(FIXTURES, "corpus", fixture), out });
  return out;
}

describe("corpus failure classes", () => {
  it("an example's keys that a closed SDK type lacks are left out of the snippet, which compiles (TS2353)", async () => {
    const out = await generateInEsmProject("example-keys-beyond-type.yaml");
    expect(check(out).first).toEqual([]);
    const snippet = (stem: string): string => readFileSync(path.join(out, "examples", `${stem}.ts`), "utf8");
    expect(snippet("passthroughquery")).toContain("export const value: PassThroughQuery = {};\n");
    expect(snippet("overview")).toContain("  entries: [\n    {\n      id: 1,\n    },\n  ],\n");
    // An index signature has room for them: kept.
    expect(snippet("labels")).toContain(`  env: "prod",\n  "team": "core",\n`);
  });

  it("a union's example that fits no member takes the SDK names of the member that declares the most of its keys (TS2353)", async () => {
    const out = await generateInEsmProject("example-fits-no-member.yaml");
    expect(check(out).first).toEqual([]);
    expect(readFileSync(path.join(out, "examples/address.ts"), "utf8")).toContain(
      `  native: {\n    addressReference: "A65 R2AF",\n    contactEmail: "user@example.com",\n  },\n`,
    );
  });

  it("additionalProperties: false beside a composition: no object type beside a string enum, no value beside objects that need a property", async () => {
    const out = await generateInEsmProject("closed-beside-composition.yaml");
    expect(check(out).first).toEqual([]);
    expect(readFileSync(path.join(out, "models/components/icon.ts"), "utf8")).toContain("export type Icon = Icons;\n");
    expect(readFileSync(path.join(out, "examples/icon.ts"), "utf8")).toContain(
      'export const value: Icon = "icon://appstore";\n',
    );
    expect(existsSync(path.join(out, "examples/contactdata.ts"))).toBe(false);
  });

  it("string keywords beside a $ref to an object (3.1) leave the object's type, and its example", async () => {
    const out = await generateInEsmProject("ref-beside-string-keywords.yaml");
    expect(check(out).first).toEqual([]);
    expect(readFileSync(path.join(out, "models/components/createuserrequest.ts"), "utf8")).toContain("  name: Name;\n");
    expect(readFileSync(path.join(out, "examples/createuserrequest.ts"), "utf8")).toContain("  name: {\n");
  });

  it("a schema only an operation reaches, through a $ref into the middle of the document, is built and named", async () => {
    const out = await generateInEsmProject("ref-only-operations-reach.yaml");
    expect(check(out).first).toEqual([]);
    expect(readFileSync(path.join(out, "examples/operations/createcaption.sh"), "utf8")).toContain('"text": "hello"');
  });

  it("`type: object` with an enum of strings is refused naming the value and its pointer, not openapi-typescript's failure", async () => {
    const fixture = path.join(FIXTURES, "corpus/object-enum-of-strings.yaml");
    const error = await generate({ spec: fixture, out: await tempDir("corpus-class") }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).format()).toBe(
      `${fixture}:18 #/components/schemas/ProductGroup/enum/0: enum value "PKW" is not an object, but the schema's type is object: no value fits this schema`,
    );
  });
});
