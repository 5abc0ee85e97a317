import { joinPointer } from "../codegen/json-pointer.js";

/** Keywords whose value is one schema. */
export const SCHEMA_VALUED = [
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
  "additionalItems",
] as const;
/** Keywords whose value is an array of schemas. */
export const SCHEMA_ARRAYS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value is a map of schemas. */
export const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;

export interface SchemaVisit {
  readonly schema: Record<string, unknown>;
  /** Built when first read: GitHub's description has 44,000 schemas, and few are named in a message. */
  readonly pointer: string;
  /** How many schemas enclose this one (0 for a root such as a component). */
  readonly depth: number;
}

class Visit implements SchemaVisit {
  private known: string | undefined;

  constructor(
    readonly schema: Record<string, unknown>,
    readonly depth: number,
    private readonly parent: Visit | undefined,
    /** Where it sits in its parent: one token (`items`) or two (`properties`, `name`). */
    readonly key: string,
    readonly second: string | number | undefined,
    /** A root's whole pointer. */
    pointer?: string,
  ) {
    this.known = pointer;
  }

  get pointer(): string {
    if (this.known !== undefined) return this.known;
    // Without recursion: a chain of 10,000 schemas whose pointers no one read yet.
    const unknown: Visit[] = [];
    let at: Visit = this;
    while (at.known === undefined) {
      unknown.push(at);
      at = at.parent!;
    }
    let pointer = at.known;
    for (let i = unknown.length - 1; i >= 0; i--) {
      const { key, second } = unknown[i]!;
      pointer = second === undefined ? joinPointer(pointer, key) : joinPointer(pointer, key, second);
      unknown[i]!.known = pointer;
    }
    return pointer;
  }
}

/** The fields of a Path Item Object that hold operations. */
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Every Schema Object of an OpenAPI document (components, parameters, bodies, responses,
 * headers, and every subschema below them), each once, without recursion so that a
 * 10,000-deep schema cannot overflow the stack. `$ref`s are not followed.
 */
export function* walkSchemas(document: Record<string, unknown>): Generator<SchemaVisit> {
  const stack: Visit[] = [];
  for (const [value, pointer] of schemaRoots(document))
    if (isRecord(value)) stack.push(new Visit(value, 0, undefined, "", undefined, pointer));
  stack.reverse();
  while (stack.length > 0) {
    const visit = stack.pop()!;
    yield visit;
    const value = visit.schema;
    const depth = visit.depth + 1;
    const first = stack.length;
    for (const key of SCHEMA_VALUED)
      if (key in value && !Array.isArray(value[key])) push(stack, value[key], depth, visit, key);
    // 3.0 / draft-04 tuple form `items: [...]`.
    if (Array.isArray(value.items))
      for (let i = 0; i < value.items.length; i++) push(stack, value.items[i], depth, visit, "items", i);
    for (const key of SCHEMA_ARRAYS) {
      const list = value[key];
      if (Array.isArray(list)) for (let i = 0; i < list.length; i++) push(stack, list[i], depth, visit, key, i);
    }
    for (const key of SCHEMA_MAPS) {
      const map = value[key];
      if (isRecord(map)) for (const name of Object.keys(map)) push(stack, map[name], depth, visit, key, name);
    }
    // Pushed in document order; popped so, once reversed.
    for (let i = first, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
  }
}

function push(
  stack: Visit[],
  schema: unknown,
  depth: number,
  parent: Visit,
  key: string,
  second?: string | number,
): void {
  if (isRecord(schema)) stack.push(new Visit(schema, depth, parent, key, second));
}

function* schemaRoots(document: Record<string, unknown>): Generator<[unknown, string]> {
  const components = isRecord(document.components) ? document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  for (const name of Object.keys(schemas)) yield [schemas[name], joinPointer("/components/schemas", name)];
  for (const kind of ["parameters", "headers"] as const) {
    const map = isRecord(components[kind]) ? components[kind] : {};
    for (const name of Object.keys(map)) yield* parameterSchemas(map[name], joinPointer("/components", kind, name));
  }
  const bodies = isRecord(components.requestBodies) ? components.requestBodies : {};
  for (const name of Object.keys(bodies))
    yield* contentSchemas(bodies[name], joinPointer("/components/requestBodies", name));
  const responses = isRecord(components.responses) ? components.responses : {};
  for (const name of Object.keys(responses))
    yield* responseSchemas(responses[name], joinPointer("/components/responses", name));
  for (const { item, pointer: itemPointer, operations } of pathItems(document)) {
    if (Array.isArray(item.parameters)) {
      for (const [i, parameter] of item.parameters.entries())
        yield* parameterSchemas(parameter, joinPointer(itemPointer, "parameters", i));
    }
    for (const { operation, pointer: opPointer } of operations) {
      if (Array.isArray(operation.parameters)) {
        for (const [i, parameter] of operation.parameters.entries())
          yield* parameterSchemas(parameter, joinPointer(opPointer, "parameters", i));
      }
      yield* contentSchemas(operation.requestBody, joinPointer(opPointer, "requestBody"));
      if (isRecord(operation.responses)) {
        for (const status of Object.keys(operation.responses)) {
          yield* responseSchemas(operation.responses[status], joinPointer(opPointer, "responses", status));
        }
      }
    }
  }
}

export interface OperationVisit {
  readonly method: (typeof HTTP_METHODS)[number];
  readonly operation: Record<string, unknown>;
  readonly pointer: string;
}

export interface PathItemVisit {
  readonly item: Record<string, unknown>;
  readonly route: string;
  readonly pointer: string;
  readonly operations: readonly OperationVisit[];
}

/** The operations of a Path Item Object at `pointer`, in HTTP_METHODS order. */
export function operationsOf(item: Record<string, unknown>, pointer: string): OperationVisit[] {
  return HTTP_METHODS.flatMap((method) => {
    const operation = item[method];
    return isRecord(operation) ? [{ method, operation, pointer: joinPointer(pointer, method) }] : [];
  });
}

/** Every Path Item Object under `paths` and `webhooks` (a `$ref`'d one is not followed), with its operations. */
export function* pathItems(document: Record<string, unknown>): Generator<PathItemVisit> {
  for (const [container, base] of [
    [document.paths, "/paths"],
    [document.webhooks, "/webhooks"],
  ] as const) {
    if (!isRecord(container)) continue;
    for (const route of Object.keys(container)) {
      const item = container[route];
      if (!isRecord(item)) continue;
      const pointer = joinPointer(base, route);
      yield { item, route, pointer, operations: operationsOf(item, pointer) };
    }
  }
}

function* parameterSchemas(parameter: unknown, pointer: string): Generator<[unknown, string]> {
  if (!isRecord(parameter)) return;
  if ("schema" in parameter) yield [parameter.schema, joinPointer(pointer, "schema")];
  yield* contentSchemas(parameter, pointer);
}

function* contentSchemas(holder: unknown, pointer: string): Generator<[unknown, string]> {
  if (!isRecord(holder) || !isRecord(holder.content)) return;
  for (const mediaType of Object.keys(holder.content)) {
    const media = holder.content[mediaType];
    if (isRecord(media) && "schema" in media)
      yield [media.schema, joinPointer(pointer, "content", mediaType, "schema")];
    // OpenAPI 3.2: the schema of each item of a stream (`text/event-stream`, `application/jsonl`).
    if (isRecord(media) && "itemSchema" in media)
      yield [media.itemSchema, joinPointer(pointer, "content", mediaType, "itemSchema")];
  }
}

function* responseSchemas(response: unknown, pointer: string): Generator<[unknown, string]> {
  yield* contentSchemas(response, pointer);
  if (isRecord(response) && isRecord(response.headers)) {
    for (const name of Object.keys(response.headers))
      yield* parameterSchemas(response.headers[name], joinPointer(pointer, "headers", name));
  }
}

/** One step of a JSON pointer: an array's index or an object's own key; `undefined` when absent. */
export function childAt(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return /^\d+$/.test(token) ? node[Number(token)] : undefined;
  return isRecord(node) && Object.hasOwn(node, token) ? node[token] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
