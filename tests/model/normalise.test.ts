import { describe, expect, it } from "vitest";
import { loadSpecText } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import type { Model, SchemaNode } from "../../generator/model/model.js";

async function model(version: "3.0.3" | "3.1.0", schemas: string): Promise<Model> {
  const text = `openapi: ${version}\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n${schemas.replace(/^/gm, "    ")}\n`;
  return buildModel(await loadSpecText(text, "spec.yaml"));
}

function property(m: Model, schema: string, wireName: string): SchemaNode {
  const node = m.schemas.get(schema)!.schema;
  if (node.kind !== "object") throw new Error(`${schema} is ${node.kind}`);
  return node.properties.find((p) => p.wireName === wireName)!.schema;
}

describe("the model says the same thing however the spec spells it", () => {
  it("nullable: 3.0 nullable, 3.1 type arrays, oneOf with null, enum with null", async () => {
    const m30 = await model(
      "3.0.3",
      "A:\n  type: object\n  properties:\n    x: {type: string, nullable: true}\n    e: {type: string, enum: [a, null], nullable: true}",
    );
    const m31 = await model(
      "3.1.0",
      "A:\n  type: object\n  properties:\n    x: {type: [string, 'null']}\n    y: {oneOf: [{type: 'null'}, {type: string, description: inner}]}\n    e: {enum: [a, null]}",
    );
    for (const node of [property(m30, "A", "x"), property(m31, "A", "x"), property(m31, "A", "y")]) {
      expect(node).toMatchObject({ kind: "string", nullable: true });
    }
    expect(property(m31, "A", "y").description).toBe("inner");
    expect(property(m30, "A", "e")).toMatchObject({ kind: "ref", target: "EA", nullable: true });
    expect(m30.schemas.get("EA")!.schema).toMatchObject({ kind: "enum", values: ["a"] });
  });

  it("exclusive bounds: 3.0 booleans and 3.1 numbers", async () => {
    const m30 = await model("3.0.3", "N: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 10}");
    const m31 = await model("3.1.0", "N: {type: number, exclusiveMinimum: 0, maximum: 10}");
    for (const m of [m30, m31]) {
      expect(m.schemas.get("N")!.schema).toMatchObject({
        kind: "number",
        exclusiveMinimum: 0,
        maximum: 10,
        minimum: undefined,
      });
    }
  });

  it("type arrays of several types become a union, each member with its own constraints", async () => {
    const m = await model("3.1.0", "U: {type: [string, integer], minLength: 2, minimum: 5}");
    const node = m.schemas.get("U")!.schema;
    expect(node.kind).toBe("union");
    if (node.kind !== "union") return;
    expect(node.members).toMatchObject([
      { kind: "string", minLength: 2 },
      { kind: "number", integer: true, minimum: 5 },
    ]);
  });

  it("inline enums, objects and anonymous union members are hoisted under stable names", async () => {
    const m = await model(
      "3.1.0",
      [
        "SystemMessage:",
        "  type: object",
        "  properties:",
        "    role: {type: string, enum: [system]}",
        "    meta: {type: object, properties: {source: {type: string, enum: [web, api]}}}",
        "Format:",
        "  oneOf:",
        "    - {type: object, properties: {type: {enum: [text]}}}",
        "    - {type: string}",
        "    - {type: object, properties: {type: {enum: [json]}}}",
      ].join("\n"),
    );
    expect([...m.schemas.keys()]).toEqual([
      "SystemMessage",
      "RoleSystemMessage",
      "MetaSystemMessage",
      "SourceMetaSystemMessage",
      "Format",
      "Format1",
      "TypeFormat1",
      "Format3",
      "TypeFormat3",
    ]);
    expect(m.schemas.get("RoleSystemMessage")!.origin).toEqual({
      kind: "hoisted",
      parent: "SystemMessage",
      via: "/components/schemas/SystemMessage/properties/role",
    });
  });

  it("allOf members merge into one object, a later property replacing an earlier one whole", async () => {
    const { flattenObject } = await import("../../generator/model/view.js");
    const m = await model(
      "3.1.0",
      [
        "Base: {type: object, required: [a], properties: {a: {type: string}, s: {type: boolean, description: base}}}",
        "Derived:",
        "  allOf:",
        "    - $ref: '#/components/schemas/Base'",
        "    - {type: object, required: [s], properties: {s: {type: boolean, description: derived, default: true}, z: {type: integer}}}",
      ].join("\n"),
    );
    const flat = flattenObject(m, m.schemas.get("Derived")!.schema)!;
    expect(flat.properties.map((p) => [p.wireName, p.required, p.schema.description])).toEqual([
      ["a", true, undefined],
      ["s", true, "derived"],
      ["z", false, undefined],
    ]);
  });

  it("SDK names: camelCase, identifiers kept, collisions resolved in favour of the name that is already camelCase", async () => {
    const m = await model(
      "3.1.0",
      "O:\n  type: object\n  properties:\n    frequency_penalty: {}\n    foo-bar: {}\n    fooBar: {}\n    _links: {}\n    links: {}\n    '+1': {}",
    );
    const node = m.schemas.get("O")!.schema;
    if (node.kind !== "object") throw new Error();
    expect(node.properties.map((p) => p.sdkName)).toEqual([
      "frequencyPenalty",
      "foo-bar",
      "fooBar",
      "_links",
      "links",
      "+1",
    ]);
  });
});
