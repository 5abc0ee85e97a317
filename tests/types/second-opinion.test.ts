import { compile } from "json-schema-to-typescript";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { emitTypes } from "../../generator/emit/types/index.js";
import { SPEC } from "../helpers/paths.js";
import { walkSchemas } from "../../generator/load/schema-walk.js";

const SHAPE_KEYWORDS = ["type", "enum", "const", "$ref", "properties", "additionalProperties", "items", "oneOf", "anyOf", "allOf", "not"];

/**
 * json-schema-to-typescript types a schema with no type keyword (`{description: …}`) as an object
 * with an index signature, though JSON Schema lets it hold any value; telling it `tsType: unknown`
 * there corrects the peer, not us.
 */
function schemasForJstt(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  for (const { schema } of walkSchemas(copy)) {
    if (!SHAPE_KEYWORDS.some((keyword) => keyword in schema)) schema.tsType = "unknown";
  }
  return (copy.components as { schemas: Record<string, unknown> }).schemas;
}

/**
 * A second opinion on every type: json-schema-to-typescript compiles the same component schemas
 * independently (wire names), and the compiler must find its type and ours mutually assignable
 * once snake_case keys are camel-cased at the type level.
 */
describe("our types agree with json-schema-to-typescript's", () => {
  it("for every component schema of spec/", async () => {
    const spec = await loadSpec(SPEC);
    const model = buildModel(spec);
    const components = schemasForJstt(spec.document);
    const names = Object.keys(components);

    const root = {
      title: "SecondOpinionRoot",
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(names.map((name) => [name, { $ref: `#/components/schemas/${name}` }])),
      components: { schemas: components },
    };
    const theirs = await compile(structuredClone(root) as never, "SecondOpinionRoot", {
      bannerComment: "",
      additionalProperties: false,
      declareExternallyReferenced: true,
      strictIndexSignatures: false,
      unknownAny: true,
      format: false,
    });

    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    for (const file of emitTypes(model).files) project.createSourceFile(`/ours/${file.path}`, file.contents);
    project.createSourceFile("/theirs.ts", theirs);
    const checks = names.map((name) => {
      const ours = model.schemas.get(name)!.typeName;
      return `export const same_${ours}: Same<Ours.${ours}, DeepCamel<Theirs["${name}"]>> = true;`;
    });
    project.createSourceFile(
      "/check.ts",
      [
        `import type * as Ours from "./ours/models/components/index.js";`,
        `import type { SecondOpinionRoot } from "./theirs.js";`,
        `type Theirs = Required<SecondOpinionRoot>;`,
        "type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;",
        "type DeepCamel<T> = T extends readonly (infer U)[] ? DeepCamel<U>[] : T extends object ? { [K in keyof T as K extends string ? Camel<K> : K]: DeepCamel<T[K]> } : T;",
        "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
        ...checks,
      ].join("\n"),
    );
    const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()} ${String(typeof d.getMessageText() === "string" ? d.getMessageText() : "")}`);
    expect(checks.length).toBe(names.length);
    expect(diagnostics).toEqual([]);
  });
});
