import { joinPointer } from "../codegen/json-pointer.js";
import type { MediaContent, Model, Operation, Parameter } from "../model/model.js";
import { SchemaComparer } from "./compare-schemas.js";
import { compareDocuments, sentByApi } from "./compare-document.js";
import { GRADE_RANK, type Direction, type Level, type RelativeFinding, type Rule } from "./terms.js";
import { append } from "../append.js";

/** A finding with the place it was found at. */
export interface PlacedFinding extends RelativeFinding {
  readonly operation: string | undefined;
  readonly where: string;
  readonly direction: Direction | undefined;
  /** The finding counts at most this much (a component whose direction is not known). */
  readonly levelCap?: Level | undefined;
}

/** The raw bundled documents, for what the model does not carry. */
export interface Documents {
  readonly base: Record<string, unknown>;
  readonly head: Record<string, unknown>;
}

/**
 * Walks both models side by side: operations (matched by method and path, path parameter names
 * ignored), their parameters and request bodies as `request`, their responses as `response`,
 * every schema through `SchemaComparer`; then the component schemas themselves.
 */
export function compareModels(
  base: Model,
  head: Model,
  rules: readonly Rule[],
  documents?: Documents,
): PlacedFinding[] {
  const comparer = new SchemaComparer(base, head, rules);
  const out: PlacedFinding[] = [];
  const place = (
    findings: readonly RelativeFinding[],
    operation: string | undefined,
    where: string,
    direction: Direction | undefined,
  ) => {
    for (const finding of findings) out.push({ ...finding, operation, where, direction });
  };

  const baseOps = new Map(base.operations.map((op) => [operationKey(op), op]));
  const headOps = new Map(head.operations.map((op) => [operationKey(op), op]));
  for (const key of union(baseOps.keys(), headOps.keys())) {
    const before = baseOps.get(key);
    const after = headOps.get(key);
    const name = `${(after ?? before)!.method.toUpperCase()} ${(after ?? before)!.path}`;
    place(
      comparer.emit(
        { scope: "operation", base: before, head: after },
        undefined,
        before?.pointer ?? "/paths",
        after?.pointer ?? "/paths",
      ),
      name,
      "operation",
      undefined,
    );
    if (!before || !after) continue;

    const baseParams = new Map(before.parameters.map((p) => [parameterKey(before, p), p]));
    const headParams = new Map(after.parameters.map((p) => [parameterKey(after, p), p]));
    for (const paramKey of union(baseParams.keys(), headParams.keys())) {
      const b = baseParams.get(paramKey);
      const h = headParams.get(paramKey);
      const where = `parameter ${(h ?? b)!.in} ${(h ?? b)!.name}`;
      place(
        comparer.emit(
          { scope: "parameter", base: b, head: h },
          "request",
          b?.pointer ?? before.pointer,
          h?.pointer ?? after.pointer,
        ),
        name,
        where,
        "request",
      );
      if (b && h) place(comparer.compare(b.schema, h.schema, "request"), name, where, "request");
    }

    const bodyBefore = before.requestBody;
    const bodyAfter = after.requestBody;
    place(
      comparer.emit(
        { scope: "request-body", base: bodyBefore, head: bodyAfter },
        "request",
        bodyBefore?.pointer ?? before.pointer,
        bodyAfter?.pointer ?? after.pointer,
      ),
      name,
      "request body",
      "request",
    );
    if (bodyBefore && bodyAfter)
      compareContents(
        bodyBefore.contents,
        bodyAfter.contents,
        "request",
        "request body",
        bodyBefore.pointer,
        bodyAfter.pointer,
      );

    const baseResponses = new Map(before.responses.map((r) => [r.status.toUpperCase(), r]));
    const headResponses = new Map(after.responses.map((r) => [r.status.toUpperCase(), r]));
    for (const status of union(baseResponses.keys(), headResponses.keys())) {
      const b = baseResponses.get(status);
      const h = headResponses.get(status);
      place(
        comparer.emit(
          { scope: "response", status, base: b, head: h },
          "response",
          b?.pointer ?? joinPointer(before.pointer, "responses"),
          h?.pointer ?? joinPointer(after.pointer, "responses"),
        ),
        name,
        `response ${status}`,
        "response",
      );
      if (b && h) compareContents(b.contents, h.contents, "response", `response ${status}`, b.pointer, h.pointer);
    }

    function compareContents(
      baseContents: readonly MediaContent[],
      headContents: readonly MediaContent[],
      direction: Direction,
      where: string,
      basePointer: string,
      headPointer: string,
    ): void {
      const baseByType = new Map(baseContents.map((c) => [c.mediaType.toLowerCase(), c]));
      const headByType = new Map(headContents.map((c) => [c.mediaType.toLowerCase(), c]));
      for (const mediaType of union(baseByType.keys(), headByType.keys())) {
        const b = baseByType.get(mediaType);
        const h = headByType.get(mediaType);
        const at = `${where} ${mediaType}`;
        place(
          comparer.emit(
            { scope: "media-type", mediaType, base: b, head: h },
            direction,
            b?.pointer ?? basePointer,
            h?.pointer ?? headPointer,
          ),
          name,
          at,
          direction,
        );
        if (b && h) place(comparer.compare(b.schema, h.schema, direction), name, at, direction);
      }
    }
  }

  const components = (model: Model) =>
    new Map([...model.schemas].filter(([, schema]) => schema.origin.kind === "component"));
  const baseComponents = components(base);
  const headComponents = components(head);
  const keys = union(baseComponents.keys(), headComponents.keys());
  // A schema no operation uses is still an SDK type. Reached from webhooks or callbacks, it is
  // a payload the API sends (a response); otherwise its direction is not known (an event a client
  // may send or receive), so it is compared both ways and each change counts at the lower level.
  const unused = keys.filter(
    (key) =>
      baseComponents.has(key) &&
      headComponents.has(key) &&
      !comparer.reachedBase.has(key) &&
      !comparer.reachedHead.has(key),
  );
  const sent = documents ? sentByApi(documents.base) : new Set<string>();
  for (const key of unused) {
    const where = `components.schemas.${key}`;
    const b = baseComponents.get(key)!.schema;
    const h = headComponents.get(key)!.schema;
    if (sent.has(key)) {
      place(comparer.compare(b, h, "response"), undefined, where, "response");
      continue;
    }
    for (const finding of lowerOfBothDirections(
      comparer.compare(b, h, "request"),
      comparer.compare(b, h, "response"),
    )) {
      out.push({ ...finding, operation: undefined, where, direction: undefined });
    }
  }
  for (const key of keys) {
    const b = baseComponents.get(key);
    const h = headComponents.get(key);
    const pointer = joinPointer("/components/schemas", key);
    const replacedBy = [...(comparer.replacements.get(key) ?? [])].filter((by) => by !== key).sort();
    place(
      comparer.emit(
        { scope: "component", key, base: b, head: h, replacedBy },
        undefined,
        b ? pointer : "/components/schemas",
        h ? pointer : "/components/schemas",
      ),
      undefined,
      `components.schemas.${key}`,
      undefined,
    );
  }
  if (documents) append(out, compareDocuments(documents.base, documents.head, comparer));
  return out;
}

/**
 * Findings of a schema compared as a request and as a response, merged place by place: where
 * both directions found something, the direction whose worst finding is milder is kept; where
 * only one did, its findings count as info.
 */
function lowerOfBothDirections(
  request: readonly RelativeFinding[],
  response: readonly RelativeFinding[],
): (RelativeFinding & { levelCap?: Level })[] {
  const at = (finding: RelativeFinding) => [finding.path, finding.basePointer, finding.headPointer].join("\u0000");
  const group = (findings: readonly RelativeFinding[]) => {
    const map = new Map<string, RelativeFinding[]>();
    for (const finding of findings) map.set(at(finding), [...(map.get(at(finding)) ?? []), finding]);
    return map;
  };
  const worst = (findings: readonly RelativeFinding[]) =>
    findings.reduce((most, finding) => Math.max(most, GRADE_RANK[finding.rule.level]), -Infinity);
  const requests = group(request);
  const responses = group(response);
  const out: (RelativeFinding & { levelCap?: Level })[] = [];
  for (const key of union(requests.keys(), responses.keys())) {
    const asRequest = requests.get(key);
    const asResponse = responses.get(key);
    if (asRequest && asResponse) append(out, worst(asRequest) <= worst(asResponse) ? asRequest : asResponse);
    else
      append(
        out,
        (asRequest ?? asResponse ?? []).map((finding) => ({ ...finding, levelCap: "info" as const })),
      );
  }
  return out;
}

function operationKey(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path.replace(/\{[^}]*\}/g, "{}")}`;
}

/** Path parameters by position in the path, so renaming `{id}` to `{user_id}` is no change. */
function parameterKey(operation: Operation, parameter: Parameter): string {
  if (parameter.in === "header") return `header:${parameter.name.toLowerCase()}`;
  if (parameter.in !== "path") return `${parameter.in}:${parameter.name}`;
  const names = [...operation.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
  const index = names.indexOf(parameter.name);
  return index >= 0 ? `path:#${index}` : `path:${parameter.name}`;
}

/** Keys of `first` in order, then those only in `second`, in order. */
function union(first: Iterable<string>, second: Iterable<string>): string[] {
  const out = [...first];
  const seen = new Set(out);
  for (const key of second) if (!seen.has(key)) out.push(key);
  return out;
}
