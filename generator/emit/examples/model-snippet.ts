import { stringLiteral } from "../../codegen/code.js";
import type { ExampleSelector } from "../../examples/select.js";
import type { Model, NamedSchema } from "../../model/types.js";
import { renderTemplate, type Template } from "../template.js";
import { printValue } from "./print-value.js";

/** Where the SDK types are imported from in snippets: `<package>/models/components`. */
export function componentsImportPath(packageName: string): string {
  return stringLiteral(`${packageName}/models/components`);
}

/**
 * The `Example Usage` snippet of a named schema (import line, then `let value: X = …;`), or
 * `undefined` when its schema accepts no value at all.
 */
export function modelSnippet(model: Model, schema: NamedSchema, selector: ExampleSelector, template: Template, packageName: string): string | undefined {
  const value = selector.forNamed(schema.key);
  if (value === undefined) return undefined;
  return renderTemplate(template, {
    typeName: schema.typeName,
    importPath: componentsImportPath(packageName),
    value: printValue(value, schema.schema, model, "", (key, pointer) => selector.reportDroppedKey(key, pointer)),
  });
}

/** The snippet of the `Security` type: every field is optional, so the value is `{}`, as on the reference's pages. */
export function securitySnippet(typeName: string, template: Template, packageName: string): string {
  return renderTemplate(template, { typeName, importPath: componentsImportPath(packageName), value: "{}" });
}
