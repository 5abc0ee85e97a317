import { compile } from "json-schema-to-typescript";
import { Project } from "ts-morph";
import { emitTypes } from "../../generator/emit/models/index.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import { isRecord, walkSchemas } from "../../generator/load/schema-walk.js";
import { sdkNames } from "../../generator/model/names.js";
import type { Model } from "../../generator/model/model.js";

const SHAPE_KEYWORDS = [
  "type",
  "enum",
  "const",
  "$ref",
  "properties",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
];

/**
 * The component schemas as json-schema-to-typescript should see them: properties renamed to the
 * SDK names the model gives them (a naming choice, not a type), and a schema with no type keyword
 * (`{description: …}`) marked `tsType: unknown`, since the peer would make it an object with an
 * index signature though JSON Schema lets it hold any value (that corrects the peer, not us).
 */
function schemasForJstt(document: Record<string, unknown>, version: string): Record<string, unknown> {
  const copy = structuredClone(document);
  for (const { schema } of walkSchemas(copy)) {
    // The peer reads `nullable` as "add null" everywhere. OpenAPI 3.0.3 adds null only to the
    // `type` written beside it and not past an `enum` that lacks null; 3.1 has no such keyword.
    if ("nullable" in schema) {
      const nullable = schema.nullable === true && version === "3.0";
      delete schema.nullable;
      const enumAllowsNull = !Array.isArray(schema.enum) || schema.enum.includes(null);
      if (nullable && typeof schema.type === "string" && enumAllowsNull) schema.type = [schema.type, "null"];
    }
    if (!SHAPE_KEYWORDS.some((keyword) => keyword in schema)) schema.tsType = "unknown";
    // The peer writes `{}` for an object that may hold no property, which TypeScript reads as any
    // non-null value; ours says what the schema says.
    if (
      schema.additionalProperties === false &&
      !("patternProperties" in schema) &&
      Object.keys(isRecord(schema.properties) ? schema.properties : {}).length === 0
    ) {
      schema.tsType = "{ [key: string]: never }";
    }
    // Told that additionalProperties defaults to false (else it adds `[k: string]: unknown` to every
    // object), the peer writes `{}` for a bare `type: object`, which holds any map.
    if (
      schema.type === "object" &&
      !["properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf", "$ref"].some(
        (key) => key in schema,
      )
    ) {
      schema.tsType = "{ [key: string]: unknown }";
    }
    if (!isRecord(schema.properties)) continue;
    const wireNames = Object.keys(schema.properties);
    const names = sdkNames(wireNames);
    const rename = new Map(wireNames.map((wireName, i) => [wireName, names[i]!]));
    const properties = schema.properties;
    schema.properties = Object.fromEntries(wireNames.map((wireName) => [rename.get(wireName)!, properties[wireName]]));
    // A required property with a default is optional in the SDK type (toWire fills the default in).
    const filled = (name: string): boolean => isRecord(properties[name]) && "default" in properties[name];
    if (Array.isArray(schema.required)) {
      schema.required = schema.required
        .filter((name: unknown) => typeof name !== "string" || !filled(name))
        .map((name: unknown) => (typeof name === "string" ? (rename.get(name) ?? name) : name));
    }
  }
  return (copy.components as { schemas: Record<string, unknown> }).schemas;
}

/**
 * A second opinion on every component type: json-schema-to-typescript compiles the same component
 * schemas independently, and the compiler must find its type and ours mutually assignable.
 * Returns the compiler's complaints (one per component that differs) and the number compared.
 */
export async function secondOpinion(
  spec: LoadedSpec,
  model: Model,
): Promise<{ compared: number; diagnostics: string[] }> {
  const components = schemasForJstt(spec.document, spec.version);
  const names = Object.keys(components);
  const root = {
    title: "SecondOpinionRoot",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(
      names.map((name) => [name, { $ref: `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}` }]),
    ),
    components: { schemas: components },
  };
  const theirs = await compile(root as never, "SecondOpinionRoot", {
    bannerComment: "",
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: false,
    unknownAny: true,
    // Ours is `T[]` whatever minItems says; the peer would write tuples such as `[T, ...T[]]`.
    ignoreMinAndMaxItems: true,
    format: false,
  });

  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, skipLibCheck: true } });
  for (const file of emitTypes(model).files) project.createSourceFile(`/ours/${file.path}`, file.contents);
  project.createSourceFile("/theirs.ts", theirs);
  const checks = names.map((name) => {
    const ours = model.schemas.get(name)!.typeName;
    return `export const same_${ours}: Same<Ours.${ours}, Theirs[${JSON.stringify(name)}]> = true;`;
  });
  project.createSourceFile(
    "/check.ts",
    [
      `import type * as Ours from "./ours/models/components/index.js";`,
      `import type { SecondOpinionRoot } from "./theirs.js";`,
      `type Theirs = Required<SecondOpinionRoot>;`,
      "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
      ...checks,
    ].join("\n"),
  );
  // check.ts has HEADER_LINES lines before the first comparison, one line per component after.
  const HEADER_LINES = 4;
  const diagnostics = project.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile()?.getBaseName();
    const line = d.getLineNumber() ?? 0;
    const where =
      file === "check.ts" && line > HEADER_LINES
        ? `components/schemas/${names[line - HEADER_LINES - 1]}`
        : `${file}:${line}`;
    return `${where}: ${String(typeof d.getMessageText() === "string" ? d.getMessageText() : "")}`;
  });
  return { compared: checks.length, diagnostics };
}
