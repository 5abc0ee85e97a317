import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitDocs } from "../../generator/emit/docs/index.js";
import { formatWarning } from "../../generator/errors.js";
import { ATOMA_SPEC, FIXTURES, HAS_ATOMA_SPEC, SPEC } from "../helpers/paths.js";
import { TEMPLATES, modelOfFile } from "../helpers/model.js";

const PAGE = "models/components/createchatcompletionrequest.md";

/**
 * The seed page as the commercial generator wrote it, with the two deliberate differences
 * (docs/docs-format.md): the lying `stop` example `json(["stop", "halt"])` is shown as the array
 * it stands for, and the snippet imports the type as a type and exports its value, so that it
 * compiles under `verbatimModuleSyntax` and `noUnusedLocals`.
 */
function expectedPage(): string {
  const seed = readFileSync(path.join(FIXTURES, "createchatcompletionrequest.seed.md"), "utf8");
  const declarationBefore =
    'import { CreateChatCompletionRequest } from "atoma-sdk/models/components";\n\nlet value: CreateChatCompletionRequest = {\n';
  const declarationAfter =
    'import type { CreateChatCompletionRequest } from "atoma-sdk/models/components";\n\nexport const value: CreateChatCompletionRequest = {\n';
  const snippetBefore = '  stop: [\n    "json([\\"stop\\", \\"halt\\"])",\n  ],\n';
  const snippetAfter = '  stop: [\n    "stop",\n    "halt",\n  ],\n';
  const cellBefore =
    '| json(["stop", "halt"])                                                                                                |';
  const cellAfter =
    '| [<br/>"stop",<br/>"halt"<br/>]                                                                                        |';
  expect(seed).toContain(snippetBefore);
  expect(seed).toContain(cellBefore);
  expect(seed).toContain(declarationBefore);
  return seed
    .replace(snippetBefore, snippetAfter)
    .replace(cellBefore, cellAfter)
    .replace(declarationBefore, declarationAfter);
}

async function renderPage(file: string) {
  const { model } = await modelOfFile(file);
  const result = emitDocs(model, { packageName: model.sdkPackage ?? "atoma-sdk", templatesDir: TEMPLATES });
  return { page: result.files.find((f) => f.path === PAGE)?.contents, warnings: result.warnings };
}

describe("the CreateChatCompletionRequest page", () => {
  it("equals the seed page byte for byte, but for the repaired stop example", async () => {
    const { page, warnings } = await renderPage(SPEC);
    expect(page).toBe(expectedPage());
    expect(warnings.map(formatWarning)).toEqual([
      `warning DEFAULT_INVALID ${SPEC} #/components/schemas/ChatCompletionRequest/properties/stop/default: default "[]" does not fit its schema (expected array, got string); dropped`,
      `warning EXAMPLE_PARSED ${SPEC} #/components/schemas/ChatCompletionRequest/properties/stop/example: example "json([\\"stop\\", \\"halt\\"])" does not fit its schema (expected array, got string); using the value parsed from it, ["stop","halt"]`,
    ]);
  });

  it.runIf(HAS_ATOMA_SPEC)("comes out the same from the real Atoma description", async () => {
    const { page, warnings } = await renderPage(ATOMA_SPEC);
    expect(page).toBe(expectedPage());
    expect(warnings.map((w) => w.pointer)).toContain(
      "/components/schemas/ChatCompletionRequest/properties/stop/example",
    );
  });

  it("ends right after the last row, with no newline", async () => {
    const { page } = await renderPage(SPEC);
    expect(page!.endsWith("|")).toBe(true);
  });
});
