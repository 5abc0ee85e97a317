import { cell } from "../codegen/markdown.js";
import { RULES } from "./rules.js";
import type { Grade } from "./terms.js";

const SCOPES: Record<string, string> = {
  operation: "Operations",
  parameter: "Parameters",
  "request-body": "Request bodies",
  "media-type": "Media types",
  response: "Responses",
  component: "Component schemas",
  ref: "References",
  property: "Properties",
  schema: "Schemas (types, constraints, enums, null, defaults)",
  "union-member": "Unions",
  "union-wrap": "Values newly wrapped in a union",
  security: "Security requirements",
  serialization: "Parameter serialization",
  "response-header": "Response headers",
  webhook: "Webhooks",
  document: "The whole description",
};

const grade = (value: Grade) => (value === "none" ? "–" : value);

/** docs/rules.md, rendered from the rule table itself (`npm run rules`; a test keeps them equal). */
export function renderRulesPage(): string {
  let text = "# specgen diff rules\n\n";
  text += "<!-- Generated from generator/diff/rules.ts by `npm run rules`; do not edit by hand. -->\n\n";
  text +=
    `${RULES.length} rules. Each has one id and one level, the higher of two grades: **wire** (an old client's request is now rejected, ` +
    "or an old client misreads a response) and **source** (the regenerated SDK breaks user code at compile time). " +
    "`--axis wire` or `--axis source` makes `--fail-on` look at one grade only. The direction says where the rule applies: " +
    "in what a client sends (request bodies, parameters) or in what it receives (responses); `any` applies to both. " +
    "A component schema no operation uses is read as what the API sends when a webhook or callback reaches it; " +
    "otherwise it is compared both ways and each change counts at the milder of the two (info when only one direction sees it).\n\n" +
    "Union members are paired by meaning (discriminator value, component `$ref`, a required constant property, `title`, " +
    "equal structure, then the most similar structure), never by position alone; nested unions are flattened and enum " +
    "members merged first. A member left over is judged by what the other side accepts: in a request, a base member " +
    "some head member still accepts was not removed; in a response, a head member some base member already described was not added.\n";
  for (const [scope, title] of Object.entries(SCOPES)) {
    const rules = RULES.filter((rule) => rule.scope === scope);
    if (rules.length === 0) continue;
    text += `\n## ${title}\n\n| rule | level | wire | source | direction | what |\n| --- | --- | --- | --- | --- | --- |\n`;
    for (const rule of rules) {
      text += `| \`${rule.id}\` | ${rule.level} | ${grade(rule.wire)} | ${grade(rule.source)} | ${rule.direction} | ${cell(rule.summary).text} |\n`;
    }
  }
  return text;
}
