import type { ExampleSelector } from "../../example-values/select.js";
import type { Model, NamedSchema, Property } from "../../model/model.js";
import { flattenObject, resolveRefs } from "../../model/view.js";
import { renderTemplate } from "../template.js";
import { exampleCell } from "./example-cell.js";
import { descriptionCell, nameCell, requiredCell } from "./field-cells.js";
import { cell, type Cell } from "../../codegen/markdown.js";
import { renderTable } from "./table.js";
import type { PageContext } from "./page-context.js";
import { typeCell } from "./type-cell.js";
import { pageDescription } from "./page-kind.js";

/** Pages sit two folders below the docs root (`models/components/`). */
export const FROM_COMPONENT_PAGE = "../../";

/** The page of an object schema: title, description, Example Usage, Fields table. */
export function objectPage(context: PageContext, schema: NamedSchema): string {
  const { model, selector } = context;
  const flat = flattenObject(model, schema.schema)!;
  const rows = flat.properties.map((property) => fieldRow(model, selector, property));
  const withExample = rows.some((row) => row.hasExample);
  const header = ["Field", "Type", "Required", "Description", ...(withExample ? ["Example"] : [])].map(cell);
  const table = renderTable(
    header,
    rows.map((row) => [row.field, row.type, row.required, row.description, ...(withExample ? [row.example] : [])]),
  );
  return renderTemplate(context.templates.object, {
    title: schema.typeName,
    description: context.descriptionBlock(pageDescription(model, schema)),
    exampleUsage: context.exampleUsage(schema),
    fields: table,
  });
}

interface FieldRow {
  readonly field: Cell;
  readonly type: Cell;
  readonly required: Cell;
  readonly description: Cell;
  readonly example: Cell;
  /** An empty string is an example too: the column is shown for it. */
  readonly hasExample: boolean;
}

function fieldRow(model: Model, selector: ExampleSelector, property: Property): FieldRow {
  const node = property.schema;
  const deprecated = node.deprecated === true;
  const example = node.examples.length > 0 ? selector.specExample(node)?.value : undefined;
  return {
    field: nameCell(property.sdkName, deprecated),
    type: cell(typeCell(model, node, FROM_COMPONENT_PAGE)),
    required: requiredCell(property.required && !selector.validDefault(node)),
    description: descriptionCell(descriptionOf(model, property), deprecated),
    example: exampleCell(example),
    hasExample: example !== undefined,
  };
}

/** The property's description, else the referenced schema's; `N/A` when there is none anywhere. */
function descriptionOf(model: Model, property: Property): string {
  const own = property.schema.description;
  if (own !== undefined && own.trim() !== "") return own;
  const target = resolveRefs(model, property.schema);
  if (target.description !== undefined && target.description.trim() !== "") return target.description;
  return "N/A";
}
