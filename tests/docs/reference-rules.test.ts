import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitDocs } from "../../generator/emit/docs/index.js";
import { emitExamples } from "../../generator/emit/examples/index.js";
import { emitTypes } from "../../generator/emit/models/index.js";
import { formatWarning } from "../../generator/errors.js";
import { ExampleSelector } from "../../generator/example-values/index.js";
import type { Model } from "../../generator/model/model.js";
import { expectGolden } from "../helpers/golden.js";
import { TEMPLATES, modelOfFile } from "../helpers/model.js";
import { FIXTURES, REPO } from "../helpers/paths.js";
import { loadValidators } from "../helpers/validators.js";

/**
 * The naming and rendering rules of docs/docs-format.md that go beyond the seed page, each on a
 * small spec written for it (tests/fixtures/docs/<rule>.yaml). The golden file of a rule holds
 * every docs page, snippet and SDK type module the spec yields, and the warnings.
 */
interface Rendered {
  readonly model: Model;
  readonly files: Map<string, string>;
  readonly warnings: string[];
  readonly all: string;
}

async function render(name: string): Promise<Rendered> {
  const file = path.join(FIXTURES, "docs", `${name}.yaml`);
  const { model } = await modelOfFile(file);
  const options = { packageName: "atoma-sdk", templatesDir: TEMPLATES };
  const selector = new ExampleSelector(model);
  const docs = emitDocs(model, options, selector);
  const examples = emitExamples(model, options, selector);
  const types = emitTypes(model);
  const files = new Map<string, string>([
    ...docs.files.map((f) => [`docs/${f.path}`, f.contents] as const),
    ...examples.files.map((f) => [f.path, f.contents] as const),
    ...types.files.map((f) => [f.path, f.contents] as const),
  ]);
  const relative = path.relative(REPO, file);
  const warnings = [...new Set([...docs.warnings, ...examples.warnings].map(formatWarning))].map((w) =>
    w.replace(file, relative),
  );
  const all = `${[...files].map(([p, contents]) => `==> ${p} <==\n${contents}\n`).join("\n")}==> warnings <==\n${warnings.join("\n")}\n`;
  return { model, files, warnings, all };
}

function page(rendered: Rendered, stem: string): string {
  const contents = rendered.files.get(`docs/models/components/${stem}.md`);
  if (contents === undefined)
    throw new Error(
      `no page ${stem}.md; pages: ${[...rendered.files.keys()].filter((p) => p.startsWith("docs/")).join(", ")}`,
    );
  return contents;
}

const golden = (name: string): string => path.join(REPO, "tests/golden/docs", `${name}.txt`);

describe("1, 2, 4: inline union members with a title", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("titled-members");
  });
  it("are named by their title, their inline enums after them; the union lists them by that name", () => {
    expect(page(r, "system")).toMatch(/^# System\n/);
    expect(page(r, "rolesystem")).toMatch(/^# RoleSystem\n/);
    expect(page(r, "chatcompletionmessage")).toContain("### `components.System`");
  });
  it("a title that names a component yields: positional name, a warning with both pointers", () => {
    expect(r.model.schemas.get("User")!.typeName).toBe("User");
    expect(page(r, "chatcompletionmessage2")).toMatch(/^# ChatCompletionMessage2\n/);
    const names = [...r.model.schemas.values()].map((s) => s.typeName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(r.warnings).toContain(
      'warning TITLE_TAKEN tests/fixtures/docs/titled-members.yaml:16 #/components/schemas/ChatCompletionMessage/oneOf/1: title "User" would name this schema User, the name of #/components/schemas/User; named ChatCompletionMessage2 instead',
    );
  });
  it("a member's own description is its page's description", () => {
    expect(page(r, "system")).toContain(
      "# System\n\nThe role of the messages author, in this case system.\n\n## Example Usage",
    );
  });
  it("a union page ends with a blank line after its last code block", () => {
    expect(page(r, "chatcompletionmessage").endsWith("```\n\n")).toBe(true);
  });
  it("matches its golden file", () => expectGolden(golden("titled-members"), r.all));
});

describe("3: a union of untitled inline objects", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("inline-object-union");
  });
  it("is <X>Union, its members <X>1, <X>2 (as the reference's StopReasonUnion, StopReason1, StopReason2)", () => {
    expect(page(r, "stopreasonunion")).toContain("### `components.StopReason1`");
    expect(page(r, "stopreasonunion")).toContain("### `components.StopReason2`");
    expect(page(r, "stopreason1")).toMatch(/^# StopReason1\n/);
    expect(page(r, "choice")).toContain("[components.StopReasonUnion](../../models/components/stopreasonunion.md)");
  });
  it("matches its golden file", () => expectGolden(golden("inline-object-union"), r.all));
});

describe("5: arrays of unions and enums", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("array-of-union");
  });
  it("keeps the components. prefix in a union page's heading and snippet", () => {
    expect(page(r, "messagecontent")).toContain(
      "### `components.MessageContentPartUnion[]`\n\n```typescript\nconst value: components.MessageContentPartUnion[] = [",
    );
  });
  it("groups an array of a union in a Fields cell, and links an array of an enum", () => {
    const message = page(r, "message");
    expect(message).toContain("| (*string* \\| *number*)[] ");
    expect(message).toContain("| [components.MessageContent](../../models/components/messagecontent.md)[] ");
    expect(message).toContain("| [components.Detail](../../models/components/detail.md)[] ");
  });
  it("matches its golden file", () => expectGolden(golden("array-of-union"), r.all));
});

describe("6: an allOf of a base and an extension", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("allof-description");
  });
  it("takes the base's description when it has none of its own, keeps its own otherwise", () => {
    expect(page(r, "streamrequest")).toContain("# StreamRequest\n\nA request for a completion.\n\n## Example Usage");
    expect(page(r, "ownrequest")).toContain(
      "# OwnRequest\n\nA request with a description of its own.\n\n## Example Usage",
    );
  });
  it("matches its golden file", () => expectGolden(golden("allof-description"), r.all));
});

describe("7: security schemes", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("security");
  });
  it("get a Security page and type with one optional string field per scheme", () => {
    expect(page(r, "security")).toContain("let value: Security = {};");
    expect(page(r, "security")).toMatch(/\| `bearerAuth` +\| \*string\* +\| :heavy_minus_sign: +\| N\/A +\|/);
    expect(page(r, "security")).toMatch(
      /\| `apiKey` +\| \*string\* +\| :heavy_minus_sign: +\| A key from the dashboard\. +\|/,
    );
    expect(r.files.get("models/components/security.ts")).toContain("bearerAuth?: string | undefined;");
  });
  it("matches its golden file", () => expectGolden(golden("security"), r.all));
});

describe("8: snippets", () => {
  let keys: Rendered;
  let names: Rendered;
  beforeAll(async () => {
    keys = await render("snippet-keys");
    names = await render("property-names");
  });
  it("put a typed object's keys in schema order and drop a key its type does not have, with a warning", () => {
    expect(keys.files.get("examples/model.ts")).toContain(
      'export const value: Model = {\n  id: "llama",\n  object: "model",\n  created: 1677652288,\n  ownedBy: "atoma",\n};',
    );
    expect(keys.warnings).toContain(
      'warning EXAMPLE_KEY_DROPPED tests/fixtures/docs/snippet-keys.yaml #/components/schemas/Model: example key "root" is not a property of this object, whose type does not accept other keys; left out of the snippet',
    );
  });
  it("keep the example entries of a map whose propertyNames are integers (token ids)", () => {
    expect(names.files.get("examples/completionrequest.ts")).toContain(
      'logitBias: {\n    "1234567890": 0.5,\n    "1234567891": -0.5,\n  },',
    );
    expect(names.warnings).toEqual([]);
  });
  it("match their golden files", () => {
    expectGolden(golden("snippet-keys"), keys.all);
    expectGolden(golden("property-names"), names.all);
  });
  it("the integer-keyed map validates with the generated validator; a non-numeric key does not", async () => {
    const validators = await loadValidators(names.model, "docs-property-names");
    expect(validators.is("CompletionRequest")({ logit_bias: { "1234567890": 0.5 } })).toBe(true);
    expect(validators.is("CompletionRequest")({ logit_bias: { "-1": 0.5 } })).toBe(false);
    expect(validators.is("CompletionRequest")({ logit_bias: { token: 0.5 } })).toBe(false);
  });
});

describe("9: a required property with a default", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("required-default");
  });
  it("is optional in the SDK type, not required in the table, absent from the snippet", () => {
    expect(r.files.get("models/components/streamrequest.ts")).toContain("stream?: boolean | undefined;");
    expect(page(r, "streamrequest")).toMatch(/\| `stream` +\| \*boolean\* +\| :heavy_minus_sign: +\|/);
    expect(r.files.get("examples/streamrequest.ts")).toContain(
      'export const value: StreamRequest = {\n  model: "llama",\n};',
    );
  });
  it("toWire fills the default in; a value given is kept", async () => {
    const validators = await loadValidators(r.model, "docs-required-default");
    expect(validators.toWire("StreamRequest")({ model: "llama" })).toEqual({
      ok: true,
      value: { model: "llama", stream: true },
    });
    expect(validators.toWire("StreamRequest")({ model: "llama", stream: false })).toEqual({
      ok: true,
      value: { model: "llama", stream: false },
    });
    expect(validators.validate("StreamRequest")({ model: "llama" }).ok).toBe(false);
  });
  it("matches its golden file", () => expectGolden(golden("required-default"), r.all));
});

describe("10: operation pages and their snippets", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render("operation-security");
  });
  const operationPage = (stem: string): string => {
    const contents = r.files.get(`docs/operations/${stem}.md`);
    if (contents === undefined) throw new Error(`no page operations/${stem}.md`);
    return contents;
  };
  const HEADER = "# Code generated by specgen. DO NOT EDIT.\n\n";

  it("every operation has a page and an index entry, with or without a body", () => {
    for (const stem of ["health", "getitem", "createitem", "oddnames"]) expect(operationPage(stem)).toMatch(/^# /);
    expect(r.files.get("docs/index.md")).toContain(
      "## Operations\n\n- [Health check](operations/health.md): Needs no credentials, whatever the document requires.\n- [Get an item](operations/getitem.md)\n",
    );
  });

  it("an operation with security: [] sends no credentials, and its page says so", () => {
    expect(r.files.get("examples/operations/health.sh")).toBe(
      `${HEADER}curl --request GET \\\n  --url 'https://api.example.com/v2/health'\n`,
    );
    const fetch = r.files.get("examples/operations/health.ts")!;
    expect(fetch).not.toContain("process");
    expect(fetch).toContain(
      'const response = await fetch("https://api.example.com/v2/health", {\n  method: "GET",\n  headers: {},\n});',
    );
    expect(operationPage("health")).toContain("## Security\n\nNone: this operation takes no credentials.\n\n## curl");
  });

  it("an apiKey in the query joins the required query parameters: curl expands it, fetch percent-encodes it", () => {
    expect(r.files.get("examples/operations/getitem.sh")).toBe(
      `${HEADER}curl --request GET \\\n  --url "https://api.example.com/v2/items/7?fields=name&api_key=$API_KEY_QUERY" \\\n  --header 'X-Request-Id: req-1' \\\n  --cookie 'session=a%20b%3Bc'\n`,
    );
    expect(r.files.get("examples/operations/getitem.ts")).toContain(
      'await fetch(`https://api.example.com/v2/items/7?fields=name&api_key=${encodeURIComponent(process.env["API_KEY_QUERY"] ?? "")}`, {',
    );
    expect(operationPage("getitem")).toContain("- `apiKeyQuery` (API key in the query: `?api_key=$API_KEY_QUERY`)");
  });

  it("a header parameter named Authorization is documented but not sent (OpenAPI ignores it)", () => {
    expect(operationPage("getitem")).toMatch(/\| `Authorization` +\| \*string\* +\| :heavy_check_mark: +\|/);
    expect(r.files.get("examples/operations/getitem.sh")).not.toContain("Authorization");
  });

  it("parameters are tables by place, responses list every media type with its body's page", () => {
    const page = operationPage("getitem");
    expect(page.indexOf("## Path parameters")).toBeLessThan(page.indexOf("## Query parameters"));
    expect(page.indexOf("## Header parameters")).toBeLessThan(page.indexOf("## Cookie parameters"));
    expect(page).toMatch(/\| ~~`verbose`~~ +\| \*boolean\* +\| :heavy_minus_sign: +\| : warning: \*\* DEPRECATED \*\*/);
    expect(page).toMatch(
      /\| 200 +\| `application\/json`<br\/>`application\/xml` +\| \[components\.Item\]\(\.\.\/models\/components\/item\.md\)<br\/>\[components\.Item\]/,
    );
    expect(page).toMatch(/\| default +\| +\| +\| Anything else \\\| a failure\. +\|/);
  });

  it("of several alternatives the snippets send the first: HTTP basic as --user and btoa", () => {
    expect(r.files.get("examples/operations/createitem.sh")).toContain(
      `  --user "$BASIC_AUTH_USERNAME:$BASIC_AUTH_PASSWORD" \\\n  --data '{`,
    );
    const fetch = r.files.get("examples/operations/createitem.ts")!;
    expect(fetch).toContain(
      '"Authorization": `Basic ${btoa(`${process.env["BASIC_AUTH_USERNAME"]}:${process.env["BASIC_AUTH_PASSWORD"]}`)}`,',
    );
    expect(fetch).not.toContain("OAUTH");
    expect(operationPage("createitem")).toContain(
      "- `basicAuth` (HTTP basic: user name `$BASIC_AUTH_USERNAME`, password `$BASIC_AUTH_PASSWORD`)\n- `oauth` (OAuth 2 access token: `Authorization: Bearer $OAUTH`; scopes `items:write`)",
    );
  });

  it("a scheme whose header name holds quotes, $HOME, ` and ! reaches the shell and TypeScript escaped", () => {
    expect(r.files.get("examples/operations/oddnames.sh")).toContain(
      `  --header 'X-Key'\\''"$HOME\`!: '"$ODD_KEY_NAME_2" \\\n  --cookie "sid=$COOKIE_KEY"`,
    );
    expect(r.files.get("examples/operations/oddnames.ts")).toContain(
      '    "X-Key\'\\"$HOME`!": process.env["ODD_KEY_NAME_2"] ?? "",\n    "Cookie": `sid=${process.env["COOKIE_KEY"]}`,\n',
    );
  });

  it("matches its golden file", () => expectGolden(golden("operation-security"), r.all));
});
