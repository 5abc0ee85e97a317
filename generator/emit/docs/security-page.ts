import type { SecurityModel } from "../../model/model.js";
import { securitySnippet } from "../examples/model-snippet.js";
import { renderTemplate } from "../template.js";
import { cell, codeSpan, textCell } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";
import { renderTable } from "./table.js";

/**
 * The page of the `Security` type, as the reference writes it: an object page whose fields are
 * the security schemes (`bearerAuth`, `*string*`, never required), with `{}` as its example.
 */
export function securityPage(context: PageContext, security: SecurityModel): string {
  const header = ["Field", "Type", "Required", "Description"].map(cell);
  const rows = security.schemes.map((scheme) => [
    textCell(codeSpan(scheme.sdkName)),
    cell("*string*"),
    cell(":heavy_minus_sign:"),
    textCell(scheme.description ?? "N/A"),
  ]);
  const snippet = securitySnippet(security.typeName, context.templates.snippet, context.packageName);
  return renderTemplate(context.templates.object, {
    title: security.typeName,
    description: "",
    exampleUsage: `${renderTemplate(context.templates.exampleUsage, { snippet })}\n\n`,
    fields: renderTable(header, rows),
  });
}
