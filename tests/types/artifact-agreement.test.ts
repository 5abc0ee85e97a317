import path from "node:path";
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { render } from "../../generator/pipeline.js";
import type { Model } from "../../generator/model/model.js";
import { resolveRefs } from "../../generator/model/view.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";

/**
 * One truth across artifacts: for every property of every object component, openapi.d.ts
 * (openapi-typescript) and the model every other output is emitted from (SDK and wire types,
 * validators, docs tables, snippets) agree on required/optional, nullable and enum values.
 * Documented difference (docs/validator-semantics.md): a *required* property with a default is
 * optional in the SDK types (toWire fills it in) and required in openapi.d.ts, which types the wire.
 */
function wireProperties(dts: string): Map<string, Map<string, { optional: boolean; type: string }>> {
  const source = ts.createSourceFile("openapi.d.ts", dts, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, Map<string, { optional: boolean; type: string }>>();
  const components = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "components",
  );
  const schemas = components?.members.find((member) => member.name?.getText(source) === "schemas") as
    | ts.PropertySignature
    | undefined;
  if (!schemas?.type || !ts.isTypeLiteralNode(schemas.type)) return out;
  for (const schema of schemas.type.members) {
    if (!ts.isPropertySignature(schema) || !schema.type || !ts.isTypeLiteralNode(schema.type)) continue;
    const properties = new Map<string, { optional: boolean; type: string }>();
    for (const member of schema.type.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      properties.set(member.name.getText(source).replace(/^"|"$/g, ""), {
        optional: member.questionToken !== undefined,
        type: member.type.getText(source),
      });
    }
    out.set(schema.name.getText(source).replace(/^"|"$/g, ""), properties);
  }
  return out;
}

function disagreements(model: Model, dts: string): string[] {
  const wire = wireProperties(dts);
  const out: string[] = [];
  for (const schema of model.schemas.values()) {
    if (schema.origin.kind !== "component" || schema.schema.kind !== "object") continue;
    const theirs = wire.get(schema.key);
    if (theirs === undefined) continue;
    for (const property of schema.schema.properties) {
      const field = theirs.get(property.wireName);
      const where = `${schema.key}.${property.wireName}`;
      if (field === undefined) {
        out.push(`${where}: missing from openapi.d.ts`);
        continue;
      }
      if (field.optional === property.required)
        out.push(
          `${where}: ${property.required ? "required" : "optional"} in the model, ${field.optional ? "optional" : "required"} in openapi.d.ts`,
        );
      const nullable = property.schema.nullable || resolveRefs(model, property.schema).nullable;
      if (nullable !== /\bnull\b/.test(field.type.replace(/"(?:[^"\\]|\\.)*"/g, '""')))
        out.push(`${where}: nullable ${nullable} in the model, type ${field.type} in openapi.d.ts`);
      const resolved = resolveRefs(model, property.schema);
      if (resolved.kind === "enum" && property.schema.kind !== "ref") {
        for (const value of resolved.values)
          if (typeof value === "string" && !field.type.includes(JSON.stringify(value)))
            out.push(`${where}: enum value ${JSON.stringify(value)} not in ${field.type}`);
      }
    }
  }
  return out;
}

describe("openapi.d.ts and the model agree field by field", () => {
  for (const [name, file] of [
    ["spec/", SPEC],
    ["tests/fixtures/pets.yaml", path.join(FIXTURES, "pets.yaml")],
  ] as const) {
    it(name, async () => {
      const { model, byKind } = await render({ spec: file, only: ["types"] });
      const dts = byKind.get("types")!.find((generated) => generated.path === "openapi.d.ts")!.contents;
      expect(wireProperties(dts).size).toBeGreaterThan(2);
      expect(disagreements(model, dts)).toEqual([]);
    });
  }
});
