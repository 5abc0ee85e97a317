import type { JsonValue, MediaContent, Operation, Parameter } from "../../model/model.js";
import { resolveRefs } from "../../model/view.js";
import { renderTemplate } from "../template.js";
import { exampleCell } from "./example-cell.js";
import { descriptionCell, nameCell, requiredCell } from "./field-cells.js";
import { cell, codeSpan, textCell, type Cell } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";
import { FROM_OPERATION_PAGE } from "./page-kind.js";
import { renderTable } from "./table.js";
import { typeCell } from "./type-cell.js";

const LOCATIONS = [
  ["path", "Path"],
  ["query", "Query"],
  ["header", "Header"],
  ["cookie", "Cookie"],
] as const;

/**
 * One section per place parameters go (path, query, header, cookie, in that order), each a table
 * in the seed's `Fields` layout: `Name | Type | Required | Description`, and `Example` when one
 * of its parameters has an example. Each section is followed by a blank line; none, nothing.
 */
export function operationParameters(context: PageContext, operation: Operation): string {
  return LOCATIONS.flatMap(([place, location]) => {
    const parameters = operation.parameters.filter((parameter) => parameter.in === place);
    if (parameters.length === 0) return [];
    const rows = parameters.map((parameter) => parameterRow(context, parameter));
    const withExample = rows.some((row) => row.example !== undefined);
    const header = ["Name", "Type", "Required", "Description", ...(withExample ? ["Example"] : [])].map(cell);
    const table = renderTable(
      header,
      rows.map((row) => [...row.cells, ...(withExample ? [exampleCell(row.example)] : [])]),
    );
    return [`${renderTemplate(context.templates.operationParameters, { location, table })}\n\n`];
  }).join("");
}

function parameterRow(context: PageContext, parameter: Parameter): { cells: Cell[]; example: JsonValue | undefined } {
  const { model, selector } = context;
  const node = parameter.schema;
  const own = selector.usable(parameter.examples ?? [], node);
  const example = own ? own.value : node.examples.length > 0 ? selector.specExample(node)?.value : undefined;
  return {
    cells: [
      nameCell(parameter.name, parameter.deprecated),
      cell(typeCell(model, node, FROM_OPERATION_PAGE)),
      requiredCell(parameter.required && !selector.validDefault(node)),
      descriptionCell(parameterDescription(context, parameter), parameter.deprecated),
    ],
    example,
  };
}

/** The parameter's description, else its schema's (through references); `N/A` when there is none. */
function parameterDescription(context: PageContext, parameter: Parameter): string {
  for (const description of [parameter.description, resolveRefs(context.model, parameter.schema).description])
    if (description !== undefined && description.trim() !== "") return description;
  return "N/A";
}

/** A body's type; for a stream with an `itemSchema` (OpenAPI 3.2), the type of each of its items. */
function bodyCell(context: PageContext, content: MediaContent): string {
  if (content.itemSchema === undefined) return typeCell(context.model, content.schema, FROM_OPERATION_PAGE);
  return `stream of ${typeCell(context.model, content.itemSchema, FROM_OPERATION_PAGE)}`;
}

/**
 * The `Responses` section: a row per status in spec order, `Status | Content type | Body |
 * Description`; a response with several media types lists them one a line, each beside its body
 * type (a link to the page of a named schema). Followed by a blank line; no responses, nothing.
 */
export function operationResponses(context: PageContext, operation: Operation): string {
  if (operation.responses.length === 0) return "";
  const header = ["Status", "Content type", "Body", "Description"].map(cell);
  const rows = operation.responses.map((response) => [
    textCell(response.status),
    textCell(response.contents.map((content) => codeSpan(content.mediaType)).join("\n")),
    cell(response.contents.map((content) => bodyCell(context, content)).join("\n")),
    textCell(response.description?.trim() ? response.description : "N/A"),
  ]);
  return `${renderTemplate(context.templates.operationResponses, { table: renderTable(header, rows) })}\n\n`;
}
