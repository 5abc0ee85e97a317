import { Code, identifier, jsdoc, joinCode, literalPropertyKey, stringLiteral, ts } from "../../codegen/code.js";
import type { EnumNode, Model, NamedSchema } from "../../model/model.js";
import { flattenObject, named } from "../../model/view.js";
import { collect, GENERATED_HEADER, type EmitResult, type EmitStream, type GeneratedFile } from "../emitter.js";
import { securityModule } from "./security-module.js";
import { unionSoundness } from "./soundness.js";
import { objectMembers, typeExpression, type TypeScope } from "./type-expression.js";

export const COMPONENTS_DIR = "models/components";

/**
 * The types emitter: one module per named schema under `models/components/`, exporting the
 * SDK-facing type (camelCase fields, `?: T | undefined` for optional ones, `| null` for nullable,
 * `allOf` merged), plus a const object of values for string enums, and an `index.ts`.
 */
export function emitTypes(model: Model): EmitResult {
  return collect(streamModels(model));
}

export function streamModels(model: Model): EmitStream {
  return { files: typeFiles(model), warnings: () => unionSoundness(model) };
}

function* typeFiles(model: Model): Generator<GeneratedFile> {
  for (const schema of model.schemas.values()) yield emitSchemaModule(model, schema);
  if (model.security) yield securityModule(model.security, COMPONENTS_DIR);
  const stems = [...model.schemas.values()]
    .map((schema) => schema.fileStem)
    .concat(model.security ? [model.security.fileStem] : [])
    .sort();
  yield {
    path: `${COMPONENTS_DIR}/index.ts`,
    contents: GENERATED_HEADER + stems.map((stem) => `export * from ${stringLiteral(`./${stem}.js`)};\n`).join(""),
  };
}

export function emitSchemaModule(model: Model, schema: NamedSchema): GeneratedFile {
  const scope: TypeScope = { model, imports: new Set(), self: schema.key };
  const declaration = declare(schema, scope);
  const imports = [...scope.imports]
    .filter((key) => key !== schema.key)
    .map((key) => named(model, key))
    .sort((a, b) => (a.fileStem < b.fileStem ? -1 : a.fileStem > b.fileStem ? 1 : 0))
    .map((target) => ts`import type { ${identifier(target.typeName)} } from ${`./${target.fileStem}.js`};\n`);
  const body = joinCode([...imports, ...(imports.length > 0 ? [new Code("\n")] : []), declaration], "");
  return { path: `${COMPONENTS_DIR}/${schema.fileStem}.ts`, contents: `${GENERATED_HEADER}\n${body.text}` };
}

function docOf(schema: NamedSchema): Code {
  const node = schema.schema;
  return jsdoc(node.description ?? node.title, node.deprecated ? [{ tag: "deprecated" }] : []);
}

function declare(schema: NamedSchema, scope: TypeScope): Code {
  const node = schema.schema;
  const name = identifier(schema.typeName);
  if (node.kind === "enum" && !node.nullable && node.values.every((value) => typeof value === "string")) {
    return declareStringEnum(schema, node);
  }
  const flat = node.kind === "object" || node.kind === "allOf" ? flattenObject(scope.model, node) : undefined;
  if (flat && flat.properties.length > 0 && !node.nullable) {
    return ts`${docOf(schema)}export type ${name} = {\n${objectMembers(
      flat.properties,
      flat.additionalProperties,
      scope,
      "  ",
      flat.extraRequired.map((entry) => entry.name),
    )}};\n`;
  }
  return ts`${docOf(schema)}export type ${name} = ${typeExpression(node, scope)};\n`;
}

/** `export const X = { A: "a" } as const` and `export type X = (typeof X)[keyof typeof X]`. */
function declareStringEnum(schema: NamedSchema, node: EnumNode): Code {
  const name = identifier(schema.typeName);
  const keys = enumMemberKeys(node.values as string[]);
  const members = (node.values as string[]).map((value, i) => ts`  ${literalPropertyKey(keys[i]!)}: ${value},\n`);
  return ts`${docOf(schema)}export const ${name} = {\n${members}} as const;\n${docOf(schema)}export type ${name} = (typeof ${name})[keyof typeof ${name}];\n`;
}

/** `tool_calls` → `ToolCalls`; a value that yields no name, or a taken one, is keyed by itself. */
function enumMemberKeys(values: readonly string[]): string[] {
  const used = new Set<string>();
  return values.map((value) => {
    let key = value
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => word !== "")
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join("");
    if (key === "" || /^[0-9]/.test(key) || used.has(key)) key = value;
    for (let n = 2; used.has(key); n++) key = `${value}${n}`;
    used.add(key);
    return key;
  });
}
