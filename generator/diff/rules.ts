import {
  additionalTightened,
  canonical,
  enumDifference,
  isSuccess,
  kindName,
  kindRelation,
  listValues,
  lowerBound,
  lowerRaised,
  maxLowered,
  minRaised,
  multipleOfTightened,
  showBound,
  upperBound,
  upperLowered,
} from "./relations.js";
import type { SchemaNode } from "../model/model.js";
import { GRADE_RANK, type EventOf, type Level, type Rule, type RuleSpec, type Scope } from "./terms.js";

function rule<S extends Scope>(spec: RuleSpec<S>): Rule {
  const level: Level =
    GRADE_RANK[spec.wire] >= GRADE_RANK[spec.source]
      ? spec.wire === "none"
        ? "info"
        : spec.wire
      : spec.source === "none"
        ? "info"
        : spec.source;
  return { ...spec, level } as unknown as Rule;
}

type Schema = EventOf<"schema">;
/** The two nodes of a schema event when both are of one kind, else `undefined`. */
function both<K extends Schema["base"]["node"]["kind"]>(
  event: Schema,
  kind: K,
): [Extract<Schema["base"]["node"], { kind: K }>, Extract<Schema["base"]["node"], { kind: K }>] | undefined {
  const { node: base } = event.base;
  const { node: head } = event.head;
  return base.kind === kind && head.kind === kind ? [base as never, head as never] : undefined;
}

const quote = (name: string) => `\`${name}\``;

const showSecurity = (alternatives: readonly (readonly string[])[]) =>
  alternatives.map((alternative) => (alternative.length === 0 ? "none" : alternative.join("+"))).join(" | ");

/** Keywords present on a node that no other rule compares value by value. */
function keywordsOf(node: SchemaNode): string[] {
  const out = [...(node.unsupported ?? [])];
  if (node.not !== undefined) out.push("not");
  if (node.kind === "object") {
    if ((node.patternProperties ?? []).length > 0) out.push("patternProperties");
    if (node.propertyNames !== undefined) out.push("propertyNames");
  }
  if (node.kind === "array") {
    if ((node.prefixItems ?? []).length > 0) out.push("prefixItems");
    if (node.contains !== undefined) out.push("contains");
  }
  if (node.kind === "string" && node.contentMediaType !== undefined) out.push("contentMediaType");
  return out.sort();
}

/**
 * THE rule table: every check `specgen diff` runs, one rule per line of thought. The rules page
 * (docs/rules.md) is rendered from this table; a test keeps the two equal.
 */
export const RULES: readonly Rule[] = [
  // Operations
  rule({
    id: "operation-removed",
    scope: "operation",
    direction: "any",
    wire: "breaking",
    source: "breaking",
    summary: "An operation (method + path) was removed without being marked deprecated first.",
    check: (e) =>
      e.base && !e.head && !e.base.deprecated
        ? `operation ${e.base.method.toUpperCase()} ${e.base.path} removed`
        : undefined,
  }),
  rule({
    id: "deprecated-operation-removed",
    scope: "operation",
    direction: "any",
    wire: "warning",
    source: "warning",
    summary: "An operation that was marked deprecated was removed: its users were warned.",
    check: (e) =>
      e.base && !e.head && e.base.deprecated
        ? `deprecated operation ${e.base.method.toUpperCase()} ${e.base.path} removed`
        : undefined,
  }),
  rule({
    id: "operation-added",
    scope: "operation",
    direction: "any",
    wire: "info",
    source: "info",
    summary: "An operation was added.",
    check: (e) => (!e.base && e.head ? `operation ${e.head.method.toUpperCase()} ${e.head.path} added` : undefined),
  }),
  rule({
    id: "operation-deprecated",
    scope: "operation",
    direction: "any",
    wire: "none",
    source: "info",
    summary: "An operation was marked deprecated.",
    check: (e) => (e.base && e.head && !e.base.deprecated && e.head.deprecated ? "operation deprecated" : undefined),
  }),
  rule({
    id: "operation-id-changed",
    scope: "operation",
    direction: "any",
    wire: "none",
    source: "warning",
    summary: "An operation's `operationId` changed (SDK method names follow it).",
    check: (e) =>
      e.base && e.head && e.base.id !== e.head.id
        ? `operationId ${quote(e.base.id)} is now ${quote(e.head.id)}`
        : undefined,
  }),

  // Parameters
  rule({
    id: "request-parameter-added-required",
    scope: "parameter",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A required parameter was added: old clients do not send it.",
    check: (e) =>
      !e.base && e.head?.required ? `required ${e.head.in} parameter ${quote(e.head.name)} added` : undefined,
  }),
  rule({
    id: "request-parameter-added-optional",
    scope: "parameter",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "An optional parameter was added.",
    check: (e) =>
      !e.base && e.head && !e.head.required ? `optional ${e.head.in} parameter ${quote(e.head.name)} added` : undefined,
  }),
  rule({
    id: "request-parameter-removed",
    scope: "parameter",
    direction: "request",
    wire: "warning",
    source: "breaking",
    summary: "A parameter was removed: the server may ignore or reject it; SDK code passing it no longer compiles.",
    check: (e) => (e.base && !e.head ? `${e.base.in} parameter ${quote(e.base.name)} removed` : undefined),
  }),
  rule({
    id: "request-parameter-became-required",
    scope: "parameter",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "An optional parameter became required.",
    check: (e) =>
      e.base && e.head && !e.base.required && e.head.required
        ? `${e.head.in} parameter ${quote(e.head.name)} became required`
        : undefined,
  }),
  rule({
    id: "request-parameter-became-optional",
    scope: "parameter",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "A required parameter became optional.",
    check: (e) =>
      e.base && e.head && e.base.required && !e.head.required
        ? `${e.head.in} parameter ${quote(e.head.name)} became optional`
        : undefined,
  }),

  // Request bodies
  rule({
    id: "request-body-added-required",
    scope: "request-body",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "An operation without a request body now requires one.",
    check: (e) => (!e.base && e.head?.required ? "required request body added" : undefined),
  }),
  rule({
    id: "request-body-became-required",
    scope: "request-body",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "An optional request body became required.",
    check: (e) =>
      e.base && e.head && !e.base.required && e.head.required ? "request body became required" : undefined,
  }),
  rule({
    id: "request-body-removed",
    scope: "request-body",
    direction: "request",
    wire: "warning",
    source: "breaking",
    summary: "The request body was removed.",
    check: (e) => (e.base && !e.head ? "request body removed" : undefined),
  }),

  // Media types
  rule({
    id: "request-media-type-removed",
    scope: "media-type",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request media type is no longer accepted.",
    check: (e) => (e.base && !e.head ? `request media type ${e.mediaType} removed` : undefined),
  }),
  rule({
    id: "request-media-type-added",
    scope: "media-type",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "A request media type was added.",
    check: (e) => (!e.base && e.head ? `request media type ${e.mediaType} added` : undefined),
  }),
  rule({
    id: "response-media-type-removed",
    scope: "media-type",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A response media type is no longer returned.",
    check: (e) => (e.base && !e.head ? `response media type ${e.mediaType} removed` : undefined),
  }),
  rule({
    id: "response-media-type-added",
    scope: "media-type",
    direction: "response",
    wire: "warning",
    source: "info",
    summary: "A response may now come in a media type old clients do not expect.",
    check: (e) => (!e.base && e.head ? `response media type ${e.mediaType} added` : undefined),
  }),

  // Security
  rule({
    id: "request-security-added",
    scope: "security",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary:
      "An operation now needs credentials (a scheme or scope) that a way of calling it accepted before does not send.",
    check: (e) => {
      const lost = e.base.filter((before) => !e.head.some((after) => after.every((need) => before.includes(need))));
      return lost.length > 0 ? `security ${showSecurity(e.base)} → ${showSecurity(e.head)}` : undefined;
    },
  }),
  rule({
    id: "request-security-removed",
    scope: "security",
    direction: "request",
    wire: "info",
    source: "none",
    summary: "An operation accepts a call with fewer credentials than before (a requirement removed or loosened).",
    check: (e) => {
      const lost = e.base.filter((before) => !e.head.some((after) => after.every((need) => before.includes(need))));
      const gained = e.head.filter((after) => !e.base.some((before) => before.every((need) => after.includes(need))));
      return lost.length === 0 && gained.length > 0
        ? `security ${showSecurity(e.base)} → ${showSecurity(e.head)}`
        : undefined;
    },
  }),

  // Parameter serialization
  rule({
    id: "request-parameter-serialization-changed",
    scope: "serialization",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A parameter's `style` or `explode` changed: old clients write it in a form the server no longer reads.",
    check: (e) =>
      e.base.style !== e.head.style || e.base.explode !== e.head.explode
        ? `parameter ${quote(e.name)} serialization ${e.base.style}${e.base.explode ? "+explode" : ""} → ${e.head.style}${e.head.explode ? "+explode" : ""}`
        : undefined,
  }),

  // Response headers
  rule({
    id: "response-required-header-removed",
    scope: "response-header",
    direction: "response",
    wire: "breaking",
    source: "none",
    summary: "A response header that was always sent (`required: true`) is no longer documented.",
    check: (e) => (e.base?.required && !e.head ? `required header ${quote(e.name)} removed` : undefined),
  }),
  rule({
    id: "response-optional-header-removed",
    scope: "response-header",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "An optional response header is no longer documented.",
    check: (e) => (e.base && !e.base.required && !e.head ? `header ${quote(e.name)} removed` : undefined),
  }),
  rule({
    id: "response-header-became-optional",
    scope: "response-header",
    direction: "response",
    wire: "breaking",
    source: "none",
    summary: "A response header that was always sent may now be missing.",
    check: (e) =>
      e.base?.required && e.head && !e.head.required ? `header ${quote(e.name)} became optional` : undefined,
  }),

  // Webhooks
  rule({
    id: "webhook-removed",
    scope: "webhook",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary:
      "A 3.1 `webhooks` entry was removed: receivers no longer get it and its SDK types go. (Schemas reached from webhooks and callbacks are compared as what the API sends.)",
    check: (e) => (e.base && !e.head ? `webhook ${quote(e.name)} removed` : undefined),
  }),

  // The version
  rule({
    id: "breaking-change-without-major-version-bump",
    scope: "document",
    direction: "any",
    wire: "none",
    source: "warning",
    summary: "Breaking changes were found but the semver major of `info.version` did not go up.",
    check: (e) => {
      const major = (version: string) => /^v?(\d+)\.\d+\.\d+/.exec(version.trim())?.[1];
      const before = major(e.baseVersion);
      const after = major(e.headVersion);
      if (e.breaking === 0 || before === undefined || after === undefined || Number(after) > Number(before))
        return undefined;
      return `${e.breaking} breaking change${e.breaking === 1 ? "" : "s"} but info.version ${e.baseVersion} → ${e.headVersion}`;
    },
  }),

  // Responses
  rule({
    id: "response-success-status-removed",
    scope: "response",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A success (2xx) response was removed.",
    check: (e) => (e.base && !e.head && isSuccess(e.status) ? `success response ${e.status} removed` : undefined),
  }),
  rule({
    id: "response-status-removed",
    scope: "response",
    direction: "response",
    wire: "info",
    source: "info",
    summary: "A non-success response was removed.",
    check: (e) => (e.base && !e.head && !isSuccess(e.status) ? `response ${e.status} removed` : undefined),
  }),
  rule({
    id: "response-status-added",
    scope: "response",
    direction: "response",
    wire: "warning",
    source: "info",
    summary: "A response status was added: old clients do not handle it.",
    check: (e) => (!e.base && e.head ? `response ${e.status} added` : undefined),
  }),

  // Component schemas (SDK types)
  rule({
    id: "schema-removed",
    scope: "component",
    direction: "any",
    wire: "none",
    source: "breaking",
    summary: "A component schema (an SDK type) was removed or renamed; inlining it where it was used is not reported.",
    check: (e) => {
      if (!e.base || e.head || (e.replacedBy.length > 0 && e.replacedBy.every((by) => by === "inline")))
        return undefined;
      const named = e.replacedBy.filter((by) => by !== "inline");
      return `schema ${quote(e.key)} removed${named.length > 0 ? ` (its uses now refer to ${named.map(quote).join(", ")})` : ""}`;
    },
  }),
  rule({
    id: "schema-added",
    scope: "component",
    direction: "any",
    wire: "none",
    source: "info",
    summary: "A component schema was added.",
    check: (e) => (!e.base && e.head ? `schema ${quote(e.key)} added` : undefined),
  }),
  rule({
    id: "ref-target-changed",
    scope: "ref",
    direction: "any",
    wire: "breaking",
    source: "breaking",
    summary:
      "A `$ref` now points to another schema that is not compatible (the differences found are summarised in the message).",
    check: (e) => {
      const breaking = e.differences.filter((finding) => finding.rule.level === "breaking");
      if (breaking.length === 0) return undefined;
      const ids = [...new Set(breaking.map((finding) => finding.rule.id))].slice(0, 3).join(", ");
      return `now refers to ${quote(e.headTarget)} instead of ${quote(e.baseTarget)}, which differs in ${breaking.length} breaking way${breaking.length === 1 ? "" : "s"} (${ids})`;
    },
  }),

  // Properties
  rule({
    id: "request-property-added-required",
    scope: "property",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A required property was added to a request: old clients do not send it.",
    check: (e) =>
      !e.base && e.head?.required && e.head.schema.readOnly !== true
        ? `required property ${quote(e.name)} added`
        : undefined,
  }),
  rule({
    id: "request-property-added-optional",
    scope: "property",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "An optional property was added to a request.",
    check: (e) => (!e.base && e.head && !e.head.required ? `optional property ${quote(e.name)} added` : undefined),
  }),
  rule({
    id: "request-property-removed",
    scope: "property",
    direction: "request",
    wire: "warning",
    source: "breaking",
    summary:
      "A request property was removed: the server may reject or ignore it; SDK code setting it no longer compiles.",
    check: (e) => (e.base && !e.head ? `property ${quote(e.name)} removed` : undefined),
  }),
  rule({
    id: "request-property-became-required",
    scope: "property",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "An optional request property became required.",
    check: (e) =>
      e.base && e.head && !e.base.required && e.head.required ? `property ${quote(e.name)} became required` : undefined,
  }),
  rule({
    id: "request-property-became-optional",
    scope: "property",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "A required request property became optional.",
    check: (e) =>
      e.base && e.head && e.base.required && !e.head.required ? `property ${quote(e.name)} became optional` : undefined,
  }),
  rule({
    id: "response-property-removed",
    scope: "property",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A response property was removed: old clients read `undefined`.",
    check: (e) =>
      e.base && !e.head && e.base.schema.writeOnly !== true ? `property ${quote(e.name)} removed` : undefined,
  }),
  rule({
    id: "response-property-added",
    scope: "property",
    direction: "response",
    wire: "info",
    source: "info",
    summary: "A property was added to a response.",
    check: (e) => (!e.base && e.head ? `property ${quote(e.name)} added` : undefined),
  }),
  rule({
    id: "response-property-became-optional",
    scope: "property",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A response property that was always present may now be missing.",
    check: (e) =>
      e.base && e.head && e.base.required && !e.head.required ? `property ${quote(e.name)} became optional` : undefined,
  }),
  rule({
    id: "response-property-became-required",
    scope: "property",
    direction: "response",
    wire: "info",
    source: "info",
    summary: "A response property is now always present.",
    check: (e) =>
      e.base && e.head && !e.base.required && e.head.required ? `property ${quote(e.name)} became required` : undefined,
  }),
  rule({
    id: "property-deprecated",
    scope: "property",
    direction: "any",
    wire: "none",
    source: "info",
    summary: "A property was marked deprecated.",
    check: (e) =>
      e.base && e.head && e.base.schema.deprecated !== true && e.head.schema.deprecated === true
        ? `property ${quote(e.name)} deprecated`
        : undefined,
  }),

  // Types
  rule({
    id: "request-type-changed",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request value changed type (e.g. string → integer).",
    check: (e) =>
      kindRelation(e.base.node, e.head.node) === "changed"
        ? `type changed from ${kindName(e.base.node)} to ${kindName(e.head.node)}`
        : undefined,
  }),
  rule({
    id: "response-type-changed",
    scope: "schema",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A response value changed type.",
    check: (e) =>
      kindRelation(e.base.node, e.head.node) === "changed"
        ? `type changed from ${kindName(e.base.node)} to ${kindName(e.head.node)}`
        : undefined,
  }),
  rule({
    id: "request-type-narrowed",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request value accepts a narrower type (number → integer, string → enum, any → a type).",
    check: (e) =>
      kindRelation(e.base.node, e.head.node) === "narrowed"
        ? `type narrowed from ${kindName(e.base.node)} to ${kindName(e.head.node)}`
        : undefined,
  }),
  rule({
    id: "response-type-widened",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "warning",
    summary: "A response value may now be of a wider type (integer → number, enum → string).",
    check: (e) =>
      kindRelation(e.base.node, e.head.node) === "widened"
        ? `type widened from ${kindName(e.base.node)} to ${kindName(e.head.node)}`
        : undefined,
  }),
  rule({
    id: "request-format-changed",
    scope: "schema",
    direction: "request",
    wire: "warning",
    source: "none",
    summary: "A request string or number got a new or different `format`.",
    check: (e) => {
      const b = e.base.node;
      const h = e.head.node;
      if ((b.kind !== "string" && b.kind !== "number") || b.kind !== h.kind) return undefined;
      return h.format !== undefined && h.format !== b.format
        ? `format ${b.format === undefined ? "added" : `changed from ${b.format}`}: ${h.format}`
        : undefined;
    },
  }),

  // Numbers
  rule({
    id: "request-minimum-raised",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request number's lower bound (`minimum`/`exclusiveMinimum`) was raised or added.",
    check: (e) => {
      const pair = both(e, "number");
      return pair && lowerRaised(lowerBound(pair[0]), lowerBound(pair[1]))
        ? `lower bound ${showBound(lowerBound(pair[0]), "min")} → ${showBound(lowerBound(pair[1]), "min")}`
        : undefined;
    },
  }),
  rule({
    id: "request-maximum-lowered",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request number's upper bound (`maximum`/`exclusiveMaximum`) was lowered or added.",
    check: (e) => {
      const pair = both(e, "number");
      return pair && upperLowered(upperBound(pair[0]), upperBound(pair[1]))
        ? `upper bound ${showBound(upperBound(pair[0]), "max")} → ${showBound(upperBound(pair[1]), "max")}`
        : undefined;
    },
  }),
  rule({
    id: "request-multiple-of-changed",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request number's `multipleOf` was added or changed so that old values fail.",
    check: (e) => {
      const pair = both(e, "number");
      return pair && multipleOfTightened(pair[0].multipleOf, pair[1].multipleOf)
        ? `multipleOf ${pair[0].multipleOf ?? "none"} → ${pair[1].multipleOf}`
        : undefined;
    },
  }),
  rule({
    id: "response-minimum-lowered",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "A response number may now be lower than before.",
    check: (e) => {
      const pair = both(e, "number");
      return pair && lowerRaised(lowerBound(pair[1]), lowerBound(pair[0]))
        ? `lower bound ${showBound(lowerBound(pair[0]), "min")} → ${showBound(lowerBound(pair[1]), "min")}`
        : undefined;
    },
  }),
  rule({
    id: "response-maximum-raised",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "A response number may now be higher than before.",
    check: (e) => {
      const pair = both(e, "number");
      return pair && upperLowered(upperBound(pair[1]), upperBound(pair[0]))
        ? `upper bound ${showBound(upperBound(pair[0]), "max")} → ${showBound(upperBound(pair[1]), "max")}`
        : undefined;
    },
  }),

  // Strings
  rule({
    id: "response-min-length-lowered",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "A response string may now be shorter than before (`minLength` lowered or removed).",
    check: (e) => {
      const pair = both(e, "string");
      return pair && minRaised(pair[1].minLength, pair[0].minLength)
        ? `minLength ${pair[0].minLength} → ${pair[1].minLength ?? "none"}`
        : undefined;
    },
  }),
  rule({
    id: "request-min-length-raised",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request string's `minLength` was raised or added.",
    check: (e) => {
      const pair = both(e, "string");
      return pair && minRaised(pair[0].minLength, pair[1].minLength)
        ? `minLength ${pair[0].minLength ?? "none"} → ${pair[1].minLength}`
        : undefined;
    },
  }),
  rule({
    id: "request-max-length-lowered",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request string's `maxLength` was lowered or added.",
    check: (e) => {
      const pair = both(e, "string");
      return pair && maxLowered(pair[0].maxLength, pair[1].maxLength)
        ? `maxLength ${pair[0].maxLength ?? "none"} → ${pair[1].maxLength}`
        : undefined;
    },
  }),
  rule({
    id: "response-max-length-raised",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "A response string may now be longer than before.",
    check: (e) => {
      const pair = both(e, "string");
      return pair && maxLowered(pair[1].maxLength, pair[0].maxLength)
        ? `maxLength ${pair[0].maxLength} → ${pair[1].maxLength ?? "none"}`
        : undefined;
    },
  }),
  rule({
    id: "request-pattern-added",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request string got a `pattern` it did not have.",
    check: (e) => {
      const pair = both(e, "string");
      return pair && pair[0].pattern === undefined && pair[1].pattern !== undefined
        ? `pattern added: ${pair[1].pattern}`
        : undefined;
    },
  }),
  rule({
    id: "request-pattern-changed",
    scope: "schema",
    direction: "request",
    wire: "warning",
    source: "none",
    summary: "A request string's `pattern` changed (it may reject values it took).",
    check: (e) => {
      const pair = both(e, "string");
      return pair &&
        pair[0].pattern !== undefined &&
        pair[1].pattern !== undefined &&
        pair[0].pattern !== pair[1].pattern
        ? `pattern ${pair[0].pattern} → ${pair[1].pattern}`
        : undefined;
    },
  }),

  // Arrays
  rule({
    id: "request-min-items-raised",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request array's `minItems` was raised or added.",
    check: (e) => {
      const pair = both(e, "array");
      return pair && minRaised(pair[0].minItems, pair[1].minItems)
        ? `minItems ${pair[0].minItems ?? "none"} → ${pair[1].minItems}`
        : undefined;
    },
  }),
  rule({
    id: "request-max-items-lowered",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request array's `maxItems` was lowered or added.",
    check: (e) => {
      const pair = both(e, "array");
      return pair && maxLowered(pair[0].maxItems, pair[1].maxItems)
        ? `maxItems ${pair[0].maxItems ?? "none"} → ${pair[1].maxItems}`
        : undefined;
    },
  }),
  rule({
    id: "request-unique-items-added",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request array must now hold unique items.",
    check: (e) => {
      const pair = both(e, "array");
      return pair && pair[0].uniqueItems !== true && pair[1].uniqueItems === true ? "uniqueItems added" : undefined;
    },
  }),

  rule({
    id: "response-min-items-lowered",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "none",
    summary: "A response array may now hold fewer items than before (`minItems` lowered or removed).",
    check: (e) => {
      const pair = both(e, "array");
      return pair && minRaised(pair[1].minItems, pair[0].minItems)
        ? `minItems ${pair[0].minItems} → ${pair[1].minItems ?? "none"}`
        : undefined;
    },
  }),

  // Keywords the comparison does not read value by value (JSON Schema 2020-12 and others)
  rule({
    id: "request-keyword-added",
    scope: "schema",
    direction: "request",
    wire: "warning",
    source: "none",
    summary:
      "A request schema gained a keyword that may reject values it took: `if`/`then`/`else`, `dependentRequired`, `dependentSchemas`, `unevaluatedProperties`/`Items`, `patternProperties`, `propertyNames`, `prefixItems`, `contains`, `contentMediaType`, `not`.",
    check: (e) => {
      const before = new Set(keywordsOf(e.base.node));
      const added = keywordsOf(e.head.node).filter((keyword) => !before.has(keyword));
      return added.length > 0
        ? `keyword${added.length === 1 ? "" : "s"} added: ${added.map(quote).join(", ")}`
        : undefined;
    },
  }),

  // Objects
  rule({
    id: "request-min-properties-raised",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request object's `minProperties` was raised or added.",
    check: (e) => {
      const pair = both(e, "object");
      return pair && minRaised(pair[0].minProperties, pair[1].minProperties)
        ? `minProperties ${pair[0].minProperties ?? "none"} → ${pair[1].minProperties}`
        : undefined;
    },
  }),
  rule({
    id: "request-max-properties-lowered",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "none",
    summary: "A request object's `maxProperties` was lowered or added.",
    check: (e) => {
      const pair = both(e, "object");
      return pair && maxLowered(pair[0].maxProperties, pair[1].maxProperties)
        ? `maxProperties ${pair[0].maxProperties ?? "none"} → ${pair[1].maxProperties}`
        : undefined;
    },
  }),
  rule({
    id: "request-additional-properties-tightened",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary:
      "A request object now rejects extra properties it accepted (`additionalProperties` set to `false` or to a schema).",
    check: (e) => {
      const pair = both(e, "object");
      if (!pair || !additionalTightened(pair[0].additionalProperties, pair[1].additionalProperties)) return undefined;
      return `additionalProperties ${pair[1].additionalProperties === false ? "set to false" : "restricted to a schema"}`;
    },
  }),

  // Enums
  rule({
    id: "request-enum-value-removed",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request enum no longer accepts a value.",
    check: (e) => {
      const pair = both(e, "enum");
      const removed = pair && enumDifference(pair[0].values, pair[1].values).removed;
      return removed && removed.length > 0
        ? `enum value${removed.length === 1 ? "" : "s"} removed: ${listValues(removed)}`
        : undefined;
    },
  }),
  rule({
    id: "request-enum-value-added",
    scope: "schema",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "A request enum accepts a new value.",
    check: (e) => {
      const pair = both(e, "enum");
      const added = pair && enumDifference(pair[0].values, pair[1].values).added;
      return added && added.length > 0
        ? `enum value${added.length === 1 ? "" : "s"} added: ${listValues(added)}`
        : undefined;
    },
  }),
  rule({
    id: "response-enum-value-added",
    scope: "schema",
    direction: "response",
    wire: "warning",
    source: "warning",
    summary: "A response enum may return a value old clients do not know.",
    check: (e) => {
      const pair = both(e, "enum");
      const added = pair && enumDifference(pair[0].values, pair[1].values).added;
      return added && added.length > 0
        ? `enum value${added.length === 1 ? "" : "s"} added: ${listValues(added)}`
        : undefined;
    },
  }),
  rule({
    id: "response-enum-value-removed",
    scope: "schema",
    direction: "response",
    wire: "info",
    source: "warning",
    summary: "A response enum no longer returns a value (SDK code comparing with it may stop compiling).",
    check: (e) => {
      const pair = both(e, "enum");
      const removed = pair && enumDifference(pair[0].values, pair[1].values).removed;
      return removed && removed.length > 0
        ? `enum value${removed.length === 1 ? "" : "s"} removed: ${listValues(removed)}`
        : undefined;
    },
  }),

  // Null and defaults
  rule({
    id: "request-nullable-removed",
    scope: "schema",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request value no longer accepts `null`.",
    check: (e) =>
      e.base.nullable && !e.head.nullable && e.base.node.kind !== "any" ? "null no longer accepted" : undefined,
  }),
  rule({
    id: "response-nullable-added",
    scope: "schema",
    direction: "response",
    wire: "breaking",
    source: "breaking",
    summary: "A response value may now be `null`.",
    check: (e) => (!e.base.nullable && e.head.nullable && e.head.node.kind !== "any" ? "may now be null" : undefined),
  }),
  rule({
    id: "request-default-changed",
    scope: "schema",
    direction: "request",
    wire: "warning",
    source: "none",
    summary: "A request value's `default` changed or was removed: clients that omit it get another behaviour.",
    check: (e) => {
      const before = e.base.default;
      if (before === undefined || canonical(before.value) === canonical(e.head.default?.value)) return undefined;
      return `default ${JSON.stringify(before.value)} → ${e.head.default === undefined ? "none" : JSON.stringify(e.head.default.value)}`;
    },
  }),

  // Unions
  rule({
    id: "request-one-of-member-removed",
    scope: "union-member",
    direction: "request",
    wire: "breaking",
    source: "breaking",
    summary: "A request `oneOf`/`anyOf` lost a member (or a union became one of its members).",
    check: (e) => (e.base && !e.head ? `union member ${e.label} removed` : undefined),
  }),
  rule({
    id: "request-one-of-member-added",
    scope: "union-member",
    direction: "request",
    wire: "info",
    source: "info",
    summary: "A request `oneOf`/`anyOf` gained a member.",
    check: (e) => (!e.base && e.head ? `union member ${e.label} added` : undefined),
  }),
  rule({
    id: "response-one-of-member-added",
    scope: "union-member",
    direction: "response",
    wire: "warning",
    source: "warning",
    summary: "A response `oneOf`/`anyOf` gained a member old clients cannot handle.",
    check: (e) => (!e.base && e.head ? `union member ${e.label} added` : undefined),
  }),
  rule({
    id: "response-one-of-member-removed",
    scope: "union-member",
    direction: "response",
    wire: "info",
    source: "warning",
    summary: "A response `oneOf`/`anyOf` lost a member (SDK code narrowing on it may stop compiling).",
    check: (e) => (e.base && !e.head ? `union member ${e.label} removed` : undefined),
  }),
  rule({
    id: "request-value-became-union",
    scope: "union-wrap",
    direction: "request",
    wire: "info",
    source: "none",
    summary: "A request value that was one schema is now a `oneOf`/`anyOf` of it and others: old values still fit.",
    check: (e) =>
      `now one of ${e.head.node.kind === "union" ? e.head.node.members.length : 1} alternatives${e.added.length > 0 ? ` (new: ${e.added.join(", ")})` : ""}`,
  }),
  rule({
    id: "response-value-became-union",
    scope: "union-wrap",
    direction: "response",
    wire: "warning",
    source: "breaking",
    summary:
      "A response value that was one schema is now a `oneOf`/`anyOf` (a body newly wrapped): SDK code reading it must now narrow it first.",
    check: (e) =>
      `now one of ${e.head.node.kind === "union" ? e.head.node.members.length : 1} alternatives${e.added.length > 0 ? ` (new: ${e.added.join(", ")})` : ""}`,
  }),
  rule({
    id: "discriminator-changed",
    scope: "schema",
    direction: "any",
    wire: "breaking",
    source: "breaking",
    summary: "A union's discriminator property or one of its mapped values changed.",
    check: (e) => {
      const pair = both(e, "union");
      const before = pair?.[0].discriminator;
      const after = pair?.[1].discriminator;
      if (!pair || before === undefined) return undefined;
      if (after === undefined) return `discriminator ${quote(before.propertyName)} removed`;
      if (after.propertyName !== before.propertyName)
        return `discriminator property ${quote(before.propertyName)} → ${quote(after.propertyName)}`;
      const afterValues = new Set(after.mapping.map((entry) => entry.value));
      const lost = before.mapping.filter((entry) => !afterValues.has(entry.value)).map((entry) => entry.value);
      return lost.length > 0
        ? `discriminator value${lost.length === 1 ? "" : "s"} removed: ${lost.map(quote).join(", ")}`
        : undefined;
    },
  }),
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((candidate) => candidate.id === id);
}
