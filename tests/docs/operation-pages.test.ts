import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitDocs } from "../../generator/emit/docs/index.js";
import type { GeneratedFile } from "../../generator/emit/emitter.js";
import type { Model } from "../../generator/model/model.js";
import { brokenLinks } from "../helpers/doc-links.js";
import { expectGolden } from "../helpers/golden.js";
import { mdxFailures } from "../helpers/mdx.js";
import { TEMPLATES, modelOfFile } from "../helpers/model.js";
import { FIXTURES, REPO, SPEC } from "../helpers/paths.js";

const SECURITY_FIXTURE = path.join(FIXTURES, "docs/operation-security.yaml");

async function docs(file: string, mdx = false): Promise<{ model: Model; files: readonly GeneratedFile[] }> {
  const { model } = await modelOfFile(file);
  return { model, files: emitDocs(model, { packageName: "atoma-sdk", templatesDir: TEMPLATES, mdx }).files };
}

function contents(files: readonly GeneratedFile[], page: string): string {
  const file = files.find((candidate) => candidate.path === page);
  if (file === undefined) throw new Error(`no page ${page}`);
  return file.contents;
}

describe("operation pages of spec/", () => {
  let model: Model;
  let files: readonly GeneratedFile[];
  beforeAll(async () => {
    ({ model, files } = await docs(SPEC));
  });

  it("GET /v1/models, an operation without a body or parameters, has its page (golden)", () => {
    expectGolden(path.join(REPO, "tests/golden/docs/models_list.md"), contents(files, "operations/models_list.md"));
  });

  it("every operation has a page, and index.md lists every one", () => {
    const index = contents(files, "index.md");
    expect(model.operations).toHaveLength(6);
    for (const operation of model.operations) {
      const page = `operations/${operation.id}.md`;
      expect(contents(files, page)).toMatch(new RegExp(`^# ${operation.summary}\n`));
      expect(index).toContain(`- [${operation.summary}](${page})`);
    }
  });

  it("GET /v1/conversations/{conversation_id}: its path parameter with the example the snippets send", () => {
    const page = contents(files, "operations/conversations_get.md");
    expect(page).toContain("`GET /v1/conversations/{conversation_id}`\n\n## Path parameters\n\n");
    expect(page).toMatch(
      /\| `conversation_id` +\| \*string\* +\| :heavy_check_mark: +\| Identifier of the conversation\. +\| 3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47 +\|/,
    );
    expect(page).toContain("--url 'https://api.atoma.network/v1/conversations/3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47'");
    expect(page).toMatch(
      /\| 404 +\| `application\/json` +\| \[components\.ErrorResponse\]\(\.\.\/models\/components\/errorresponse\.md\) +\| No conversation/,
    );
  });

  it("a body operation keeps its request line with the body's page, and gains its optional query parameter", () => {
    const page = contents(files, "operations/conversation_messages_create.md");
    expect(page).toContain(
      "`POST /v1/conversations/{conversation_id}/messages` with a [components.ConversationMessage](../models/components/conversationmessage.md) body\n\n## Path parameters",
    );
    expect(page).toMatch(/\| `dry_run` +\| \*boolean\* +\| :heavy_minus_sign: +\| Validate the message/);
    // Optional query parameters are documented, not sent.
    expect(page).toContain(
      "--url 'https://api.atoma.network/v1/conversations/3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47/messages' \\\n",
    );
  });
});

describe("operation pages with every kind of credential (tests/fixtures/docs/operation-security.yaml)", () => {
  it("compile as MDX 3 with --mdx", async () => {
    const { files } = await docs(SECURITY_FIXTURE, true);
    expect(files.filter((file) => file.path.startsWith("operations/"))).toHaveLength(7);
    expect(await mdxFailures(files)).toEqual([]);
  });

  it("link only to pages that exist", async () => {
    const { files } = await docs(SECURITY_FIXTURE);
    expect(brokenLinks(files)).toEqual([]);
    expect(contents(files, "operations/getitem.md")).toContain("[Security](../models/components/security.md)");
  });
});
