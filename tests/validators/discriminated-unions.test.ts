import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/models/index.js";
import { render } from "../../generator/pipeline.js";
import type { Model } from "../../generator/model/model.js";
import { expectGolden } from "../helpers/golden.js";
import { modelOfFile } from "../helpers/model.js";
import { FIXTURES, REPO } from "../helpers/paths.js";
import { loadValidators, type LoadedValidators } from "../helpers/validators.js";

const PETS = path.join(FIXTURES, "pets.yaml");
const GOLDEN = path.join(REPO, "tests/golden/pets");

/**
 * The usual OpenAPI union: `Pet` with a `discriminator` on `petType`, `Cat` and `Dog` inheriting
 * it through `allOf`, `PetRequest = oneOf [Cat, Dog]` with a mapping; and its variant without a
 * `discriminator` keyword, where single-value enum tags (`kind`) tell `Circle` from `Square`.
 */
describe("discriminated unions (tests/fixtures/pets.yaml)", () => {
  let model: Model;
  let validators: LoadedValidators;
  beforeAll(async () => {
    model = (await modelOfFile(PETS)).model;
    validators = await loadValidators(model, "pets");
  });

  it("member types carry the literal tag, so the union narrows (golden files)", () => {
    const files = new Map(emitTypes(model).files.map((file) => [file.path, file.contents]));
    for (const name of ["cat", "dog", "pet", "petrequest", "circle", "shape"])
      expectGolden(path.join(GOLDEN, `${name}.ts.golden`), files.get(`models/components/${name}.ts`)!);
    expect(files.get("models/components/cat.ts")).toContain('petType: "cat";');
    expect(files.get("models/components/dog.ts")).toContain('petType: "dog";');
  });

  it("the tag picks the member: a Dog labelled `cat` is refused, with errors inside the chosen member", () => {
    const validate = validators.validate("PetRequest");
    expect(validators.is("PetRequest")({ petType: "dog", name: "Rex", packSize: 3 })).toBe(true);
    expect(validators.is("PetRequest")({ petType: "cat", name: "Rex", packSize: 3 })).toBe(false);
    expect(validate({ petType: "cat", name: "Rex", packSize: 3 }, { allErrors: true })).toMatchObject({
      ok: false,
      errors: [{ pointer: "", keyword: "required", expected: "huntingSkill" }],
    });
    expect(validate({ petType: "dog", name: "", packSize: -1 }, { allErrors: true })).toMatchObject({
      ok: false,
      errors: [
        { pointer: "/name", keyword: "minLength" },
        { pointer: "/packSize", keyword: "minimum" },
      ],
    });
    expect(validators.is("Cat")({ petType: "dog", name: "Tom", huntingSkill: "lazy" })).toBe(false);
  });

  it("a missing or unknown tag is reported at the object, the tag's name in `expected`", () => {
    const validate = validators.validate("PetRequest");
    expect(validate({ name: "Tom" })).toMatchObject({
      ok: false,
      errors: [{ pointer: "", keyword: "discriminator", expected: '"petType": one of "cat", "dog"' }],
    });
    expect(validate({ petType: "fish", name: "Nemo" })).toMatchObject({
      ok: false,
      errors: [{ pointer: "", keyword: "discriminator" }],
    });
  });

  it("single-value enum tags dispatch without a discriminator keyword", () => {
    const validate = validators.validate("Shape");
    expect(validate({ kind: "square", side: -1, radius: 2 }, { allErrors: true })).toMatchObject({
      ok: false,
      errors: [{ pointer: "/side", keyword: "minimum" }],
    });
    expect(validate({ kind: "circle", radius: 0 })).toMatchObject({
      ok: false,
      errors: [{ pointer: "/radius", keyword: "exclusiveMinimum" }],
    });
    expect(validators.is("Shape")({ kind: "circle", radius: 1 })).toBe(true);
  });

  it("docs and snippets show the tag", async () => {
    const { byKind } = await render({ spec: PETS, only: ["docs", "examples"] });
    const files = new Map([...byKind.values()].flat().map((file) => [file.path, file.contents]));
    expect(files.get("docs/models/components/cat.md")).toContain('petType: "cat"');
    expect(files.get("examples/dog.ts")).toContain('petType: "dog"');
    expect(files.get("examples/operations/createpet.ts")).toContain('"petType": "cat"');
  });
});

describe("union soundness warnings (generate)", () => {
  it("none for Pet/Cat/Dog and the const-tag Shape", async () => {
    const { warnings } = await render({ spec: PETS, only: ["types"] });
    expect(warnings.filter((warning) => warning.code === "UNSOUND_UNION")).toEqual([]);
  });

  it("an allOf that collapses to never, and a union that does not narrow on its discriminator, each with its pointer", async () => {
    const { unionSoundness } = await import("../../generator/emit/models/soundness.js");
    const { modelOfDocument, documentWith } = await import("../helpers/model.js");
    const model = await modelOfDocument(
      documentWith({
        A: { type: "object", required: ["kind"], properties: { kind: { const: "a" } } },
        B: { type: "object", required: ["kind"], properties: { kind: { const: "b" } } },
        Both: { allOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
        StringAndNumber: { allOf: [{ type: "string" }, { type: "number" }] },
        Loose: { type: "object", properties: { kind: { type: "string" } } },
        Untold: {
          oneOf: [{ $ref: "#/components/schemas/A" }, { type: "object", properties: { kind: { type: "string" } } }],
          discriminator: { propertyName: "kind" },
        },
        Tagged: {
          oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/Loose" }],
          discriminator: {
            propertyName: "kind",
            mapping: { a: "#/components/schemas/A", loose: "#/components/schemas/Loose" },
          },
        },
        Fine: {
          oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
          discriminator: {
            propertyName: "kind",
            mapping: { a: "#/components/schemas/A", b: "#/components/schemas/B" },
          },
        },
      }),
    );
    expect(unionSoundness(model).map(({ pointer, message }) => `${pointer}: ${message}`)).toEqual([
      '/components/schemas/Both: allOf collapses to never: property "kind" must be one of ["a"] and one of ["b"]',
      "/components/schemas/StringAndNumber: allOf collapses to never: its members are of different types (string, number)",
      '/components/schemas/Untold: the union does not narrow on its discriminator "kind": 1 of 2 members do not require it with literal values (Untold2)',
      // Without a mapping, OpenAPI's tag of a `$ref` member is its schema name: "A", which A's own const contradicts.
      '/components/schemas/Untold/oneOf/0: allOf collapses to never: property "kind" must be one of ["a"] and one of ["A"]',
    ]);
  });
});
