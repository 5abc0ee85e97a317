import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { render } from "../../generator/pipeline.js";
import { HAS_ATOMA_SPEC, ATOMA_SPEC, SPEC } from "../helpers/paths.js";

const FIELDS = [
  "frequencyPenalty",
  "functionCall",
  "functions",
  "logitBias",
  "maxTokens",
  "messages",
  "model",
  "n",
  "presencePenalty",
  "responseFormat",
  "seed",
  "stop",
  "stream",
  "temperature",
  "toolChoice",
  "tools",
  "topP",
  "user",
];

/** Reads the emitted type the way a user's compiler sees it: through ts-morph's type checker. */
async function fieldsOf(spec: string): Promise<{ name: string; optional: boolean; type: string }[]> {
  const { byKind } = await render({ spec, only: ["types"] });
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, exactOptionalPropertyTypes: true },
  });
  for (const file of byKind.get("types")!) project.createSourceFile(`/out/${file.path}`, file.contents);
  const alias = project
    .getSourceFileOrThrow("/out/models/components/createchatcompletionrequest.ts")
    .getTypeAliasOrThrow("CreateChatCompletionRequest");
  return alias
    .getType()
    .getProperties()
    .map((symbol) => ({
      name: symbol.getName(),
      optional: symbol.isOptional(),
      type: symbol.getValueDeclarationOrThrow().getType().getText(alias),
    }));
}

function expectTheSeedShape(fields: { name: string; optional: boolean; type: string }[]): void {
  expect(fields.map((field) => field.name)).toEqual(FIELDS);
  expect(fields.filter((field) => !field.optional).map((field) => field.name)).toEqual(["messages", "model"]);
  const typeOf = Object.fromEntries(fields.map((field) => [field.name, field.type]));
  expect(typeOf.frequencyPenalty).toBe("number | null | undefined");
  expect(typeOf.logitBias).toBe("Record<string, number> | null | undefined");
  expect(typeOf.messages).toBe("ChatCompletionMessage[]");
  expect(typeOf.stop).toBe("string[] | null | undefined");
  expect(typeOf.stream).toBe("boolean | null | undefined");
  expect(typeOf.functionCall).toBe("unknown");
}

describe("CreateChatCompletionRequest", () => {
  it("has exactly the 18 camelCase fields of the seed page, messages and model required", async () => {
    expectTheSeedShape(await fieldsOf(SPEC));
  });

  it.runIf(HAS_ATOMA_SPEC)("comes out the same from the real Atoma document", async () => {
    expectTheSeedShape(await fieldsOf(ATOMA_SPEC));
  });
});
