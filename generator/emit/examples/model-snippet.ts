import { stringLiteral } from "../../codegen/code.js";
import type { ExampleSelector } from "../../example-values/select.js";
import type { Model, NamedSchema } from "../../model/model.js";
import { renderTemplate, type Template } from "../template.js";
import { printValue } from "./print-value.js";

/**
 * Where the model snippets in `examples/` import the types from: `<package>/models/components`
 * when the SDK's package is named, else the models of the same output folder, a path that
 * resolves with no set-up under ESM and NodeNext as well as under CommonJS and bundlers.
 */
export function componentsImportPath(packageName: string | undefined): string {
  return stringLiteral(packageName === undefined ? RELATIVE_COMPONENTS : `${packageName}/models/components`);
}

/** `examples/<stem>.ts` → `models/components/index.ts`, with the `.js` a NodeNext ESM import must name. */
export const RELATIVE_COMPONENTS = "../models/components/index.js";

/**
 * The `Example Usage` snippet of a named schema (`import type` line, then `export const value: X = …;`:
 * no unused local, no type imported as a value, for the strictest tsconfig), or
 * `undefined` when its schema accepts no value at all.
 */
export function modelSnippet(
  model: Model,
  schema: NamedSchema,
  selector: ExampleSelector,
  template: Template,
  packageName: string | undefined,
): string | undefined {
  const value = selector.forNamed(schema.key);
  if (value === undefined) return undefined;
  return renderTemplate(template, {
    typeName: schema.typeName,
    importPath: componentsImportPath(packageName),
    value: printValue(value, schema.schema, model, "", (key, pointer, why) =>
      selector.reportDroppedKey(key, pointer, why),
    ),
  });
}

/** The snippet of the `Security` type: every field is optional, so the value is `{}`, as on the reference's pages. */
export function securitySnippet(typeName: string, template: Template, packageName: string | undefined): string {
  return renderTemplate(template, { typeName, importPath: componentsImportPath(packageName), value: "{}" });
}
