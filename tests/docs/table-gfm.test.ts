import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { ExampleSelector } from "../../generator/example-values/index.js";
import { emitDocs } from "../../generator/emit/docs/index.js";
import { buildModel } from "../../generator/model/build.js";
import { loadSpecText } from "../../generator/load/index.js";
import { documentWith, TEMPLATES } from "../helpers/model.js";

const markdown = new MarkdownIt({ html: true });

/** Rows of the first table of a page, each as its list of cell contents (inline source). */
function tableRows(page: string): string[][] {
  const rows: string[][] = [];
  let current: string[] | undefined;
  for (const token of markdown.parse(page, {})) {
    if (token.type === "tr_open") current = [];
    else if (token.type === "inline" && current) current.push(token.content);
    else if (token.type === "tr_close" && current) {
      rows.push(current);
      current = undefined;
    } else if (token.type === "table_close") break;
  }
  return rows;
}

const hostile = fc.oneof(
  fc.constantFrom(
    "|",
    "\\|",
    "\\",
    "\n",
    "\r\n",
    "`",
    "``",
    "<script>alert(1)</script>",
    "<br/>",
    "*",
    "_",
    "[x](y)",
    "&lt;",
    "\u2028",
    " ",
    "---",
    "| --- |",
  ),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(hostile, { maxLength: 30 }).map((parts) => parts.join(""));
const longText = fc.tuple(text, fc.string({ minLength: 200, maxLength: 260 })).map(([a, b]) => a + b);
const field = fc.record({
  name: fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom("a|b", "`tick`", "<script>", "__proto__", "constructor", "x\ny"),
  ),
  description: fc.option(fc.oneof(text, longText), { nil: undefined }),
  example: fc.option(
    fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    ),
    { nil: undefined },
  ),
  deprecated: fc.boolean(),
  required: fc.boolean(),
});

describe("model pages are well-formed GFM tables for any description and name", () => {
  it("every row has exactly one cell per column, the same row count as fields, and no HTML from the spec", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(field, { minLength: 1, maxLength: 6, selector: (f) => f.name }),
        text,
        async (fields, schemaDescription) => {
          const properties: Record<string, unknown> = {};
          for (const f of fields) {
            const schema: Record<string, unknown> =
              typeof f.example === "object"
                ? { type: "object", additionalProperties: { type: "string" } }
                : typeof f.example === "number"
                  ? { type: "number" }
                  : { type: "string" };
            if (f.description !== undefined) schema.description = f.description;
            if (f.example !== undefined) schema.example = f.example;
            if (f.deprecated) schema.deprecated = true;
            Object.defineProperty(properties, f.name, { value: schema, enumerable: true });
          }
          const required = fields.filter((f) => f.required).map((f) => f.name);
          const document = documentWith({
            Thing: { type: "object", description: schemaDescription, required, properties },
          });
          const model = buildModel(await loadSpecText(JSON.stringify(document), "prop.json"));
          const { files } = emitDocs(
            model,
            { packageName: "pkg", templatesDir: TEMPLATES },
            new ExampleSelector(model),
          );
          const page = files.find((file) => file.path === "models/components/thing.md")!.contents;
          // The schema description is markdown and may hold a table of its own; the Fields table follows its heading.
          const fieldsAt = page.lastIndexOf("\n## Fields\n\n");
          expect(fieldsAt).toBeGreaterThan(0);
          const rows = tableRows(page.slice(fieldsAt));
          const columns = fields.some((f) => f.example !== undefined) ? 5 : 4;
          expect(rows).toHaveLength(fields.length + 1);
          for (const row of rows) expect(row).toHaveLength(columns);
          expect(rows[0]).toEqual(["Field", "Type", "Required", "Description", ...(columns === 5 ? ["Example"] : [])]);
          const html = markdown.render(page);
          expect(html).not.toMatch(/<script/i);
          // One width for every column: all lines of the table start and end with a pipe.
          const table = page.slice(fieldsAt + "\n## Fields\n\n".length);
          for (const line of table.split("\n")) expect(line).toMatch(/^\| .* \|$/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
