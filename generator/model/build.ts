import { SpecError, type SourceLocation, type Warning } from "../errors.js";
import { joinPointer, pointerTokens, splitPointer } from "../codegen/json-pointer.js";
import type { LoadedSpec } from "../load/index.js";
import { resolveLocal } from "../load/check-document.js";
import { isRecord, operationsOf } from "../load/schema-walk.js";
import { buildSchema, type SchemaContext } from "./build-schema.js";
import { inheritedTags, unionTags } from "./discriminator-tags.js";
import { isUnionOfInlineObjects } from "./inline-names.js";
import { NameRegistry, pascalCase } from "./names.js";
import { buildSecurity, effectiveSecurity } from "./security.js";
import { refuseUnguardedCycles } from "./unguarded-cycles.js";
import type {
  MediaContent,
  Model,
  NamedSchema,
  Operation,
  Parameter,
  SchemaNode,
  SchemaOrigin,
  SpecValue,
  JsonValue,
} from "./model.js";

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

export interface ModelOptions {
  /**
   * Build only these components (keys in `components.schemas`) and the schemas they reach, for a
   * command that needs one schema's validator (`validate`): on GitHub's description, one schema
   * reaches a dozen of its 5,800. Such a model has no operations; a problem in a schema it does
   * not reach is not found; and its hoisted schemas may be named otherwise than in the whole
   * model (hoisted names are claimed in build order), so it is never emitted as files.
   * Components keep their names: they are all claimed first, as always.
   */
  readonly only?: readonly string[] | undefined;
}

/**
 * model = one pass over the loaded document that names every schema (components first, in spec
 * order, so names never depend on what is hoisted) and normalises it.
 */
export function buildModel(spec: LoadedSpec, options: ModelOptions = {}): Model {
  const { document } = spec;
  const locate = (pointer: string): SourceLocation => ({
    file: spec.file,
    pointer,
    line: spec.source.lineOf(pointerTokens(pointer)),
  });
  const registry = schemaNameRegistry();
  const components = componentSchemas(document);

  interface Pending {
    key: string;
    typeName: string;
    raw: unknown;
    pointer: string;
    origin: SchemaOrigin;
    children: Pending[];
    memberBase?: string;
  }
  const byKey = new Map<string, Pending>();
  const warnings: Warning[] = [];
  /** Who holds each name (lowercased), for the message when a `title` asks for a taken one. */
  const owners = new Map<string, string>();
  const claim = (preferred: string, pointer: string): string => {
    const name = registry.claim(preferred);
    owners.set(name.toLowerCase(), pointer);
    return name;
  };
  const roots: Pending[] = [];
  const pointerToKey = new Map<string, string>();

  // Components claim their names before anything is hoisted, so a hoisted name never takes one.
  for (const key of Object.keys(components)) {
    const pointer = joinPointer("/components/schemas", key);
    const memberBase = unionMemberBase(key, components[key]);
    const typeName = claim(componentPreferredName(key, memberBase), pointer);
    const pending: Pending = {
      key,
      typeName,
      raw: components[key],
      pointer,
      origin: { kind: "component" },
      children: [],
      ...(memberBase === undefined ? {} : { memberBase }),
    };
    byKey.set(key, pending);
    roots.push(pending);
    pointerToKey.set(`#${pending.pointer}`, key);
  }

  const only = options.only;
  const queue: Pending[] = only === undefined ? [...roots] : [];
  /** The components queued so far, when only some are built. */
  const queued = new Set<string>();
  const enqueueComponent = (key: string): void => {
    const pending = byKey.get(key);
    if (pending === undefined || pending.origin.kind !== "component" || queued.has(key)) return;
    queued.add(key);
    queue.push(pending);
  };
  for (const key of only ?? []) {
    if (!byKey.has(key)) throw new Error(`internal: no component ${key} to build`);
    enqueueComponent(key);
  }
  let current: Pending | undefined;

  const context: SchemaContext = {
    version: spec.version,
    locate,
    resolveRaw: (ref) => (ref.startsWith("#") ? resolveLocal(document, ref) : undefined),
    refTarget(ref, pointer) {
      const known = pointerToKey.get(ref) ?? pointerToKey.get(normaliseRef(ref));
      if (known !== undefined) {
        if (only !== undefined) enqueueComponent(known);
        return known;
      }
      const match = COMPONENT_SCHEMA.exec(ref);
      const target = resolveLocal(document, ref);
      if (target === undefined || match)
        throw new SpecError("DANGLING_REF", `$ref ${JSON.stringify(ref)} points to nothing`, locate(pointer));
      // A reference into the middle of the document (not a component) gets a name of its own,
      // which also keeps a recursive one finite.
      const tokens = splitPointer(ref);
      const typeName = claim(pascalCase(tokens.slice(-2).join("-")), ref.slice(1));
      const pending: Pending = {
        key: typeName,
        typeName,
        raw: target,
        pointer: ref.slice(1),
        origin: { kind: "hoisted", parent: current?.typeName ?? "", via: ref },
        children: [],
      };
      byKey.set(typeName, pending);
      pointerToKey.set(normaliseRef(ref), typeName);
      (current?.children ?? roots).push(pending);
      queue.push(pending);
      return typeName;
    },
    hoist(preferredName, raw, pointer, parent, fallback) {
      const preferred = pascalCase(preferredName);
      const holder = owners.get(preferred.toLowerCase());
      // Never two types with one name: a title that names a taken type yields, and the schema takes its positional name.
      const typeName = claim(
        fallback !== undefined && holder !== undefined ? pascalCase(fallback) : preferred,
        pointer,
      );
      if (fallback !== undefined && holder !== undefined) {
        warnings.push({
          code: "TITLE_TAKEN",
          file: spec.file,
          pointer,
          // Found when read: the first line looked up in GitHub's description scans most of its
          // text, and `validate` never prints these.
          get line() {
            return locate(pointer).line;
          },
          message: `title ${JSON.stringify(raw.title)} would name this schema ${preferred}, the name of #${holder}; named ${typeName} instead`,
        });
      }
      const pending: Pending = {
        key: typeName,
        typeName,
        raw,
        pointer,
        origin: { kind: "hoisted", parent, via: pointer },
        children: [],
      };
      byKey.set(typeName, pending);
      (current?.children ?? roots).push(pending);
      queue.push(pending);
      return typeName;
    },
  };

  const built = new Map<string, SchemaNode>();
  const buildQueued = (): void => {
    while (queue.length > 0) {
      current = queue.shift()!;
      built.set(
        current.key,
        buildSchema(current.raw, current.pointer, context, {
          parent: current.typeName,
          memberBase: current.memberBase,
        }),
      );
    }
    current = undefined;
  };
  buildQueued();
  inheritedTags(components, built, (ref) => pointerToKey.get(ref) ?? pointerToKey.get(normaliseRef(ref)));
  unionTags(built, (key) => byKey.get(key)?.origin.kind === "component");
  // After the components (their names come first): the schemas only operations reach, through a
  // `$ref` into the middle of the document (rev.ai's `#/components/responses/…/schema`), are built too.
  const operations = only === undefined ? buildOperations(document, context, locate) : [];
  buildQueued();

  const schemas = new Map<string, NamedSchema>();
  const place = (pending: Pending): void => {
    // Only some components were built: the others (and what they would hoist) are not in the model.
    if (!built.has(pending.key)) return;
    schemas.set(pending.key, {
      key: pending.key,
      typeName: pending.typeName,
      fileStem: pending.typeName.toLowerCase(),
      origin: pending.origin,
      schema: built.get(pending.key)!,
    });
    for (const child of pending.children) place(child);
  };
  for (const root of roots) place(root);
  refuseUnguardedCycles(schemas, locate);

  const security = buildSecurity(document, (preferred) => claim(preferred, "/components/securitySchemes"));
  const info = isRecord(document.info) ? document.info : {};
  return {
    openapi: spec.version,
    title: String(info.title ?? ""),
    version: String(info.version ?? ""),
    description: typeof info.description === "string" && info.description !== "" ? info.description : undefined,
    servers: Array.isArray(document.servers)
      ? document.servers.flatMap((server) => (isRecord(server) && typeof server.url === "string" ? [server.url] : []))
      : [],
    sdkPackage: typeof document["x-sdk-package"] === "string" ? document["x-sdk-package"] : undefined,
    schemas,
    operations,
    sourceFile: spec.file,
    security,
    warnings,
  };
}

/** A union of untitled inline objects is `<Name>Union`, its members `<Name>1`, `<Name>2`… (as the reference names them). */
function unionMemberBase(key: string, raw: unknown): string | undefined {
  return isUnionOfInlineObjects(raw) ? pascalCase(key) : undefined;
}

function componentPreferredName(key: string, memberBase: string | undefined): string {
  return memberBase === undefined ? pascalCase(key) : `${memberBase}Union`;
}

/**
 * The TypeScript name of every component, by key, as `buildModel` gives it (components claim
 * their names first, in spec order), without building any schema.
 */
export function componentTypeNames(document: Record<string, unknown>): Map<string, string> {
  const registry = schemaNameRegistry();
  const components = componentSchemas(document);
  return new Map(
    Object.keys(components).map((key) => [
      key,
      registry.claim(componentPreferredName(key, unionMemberBase(key, components[key]))),
    ]),
  );
}

function schemaNameRegistry(): NameRegistry {
  const registry = new NameRegistry();
  // Every output folder has an `index.ts` barrel: no schema module may take that file name.
  registry.claim("Index");
  return registry;
}

function componentSchemas(document: Record<string, unknown>): Record<string, unknown> {
  return isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
}

function normaliseRef(ref: string): string {
  try {
    return `#${joinPointer("", ...splitPointer(ref))}`;
  } catch {
    return ref;
  }
}

/** Follows `$ref`s of non-schema objects (parameters, bodies, responses) to the object itself. */
function deref(
  document: Record<string, unknown>,
  value: unknown,
  pointer: string,
  locate: (p: string) => SourceLocation,
): { value: Record<string, unknown>; pointer: string } | undefined {
  let node = value;
  let at = pointer;
  for (let hops = 0; isRecord(node) && typeof node.$ref === "string"; hops++) {
    if (hops > 32) throw new SpecError("REF_CYCLE", `$ref chain at ${at} does not end`, locate(at));
    const ref = node.$ref;
    node = resolveLocal(document, ref);
    if (node === undefined)
      throw new SpecError(
        "DANGLING_REF",
        `$ref ${JSON.stringify(ref)} points to nothing`,
        locate(joinPointer(at, "$ref")),
      );
    at = ref.slice(1);
  }
  return isRecord(node) ? { value: node, pointer: at } : undefined;
}

function buildOperations(
  document: Record<string, unknown>,
  ctx: SchemaContext,
  locate: (p: string) => SourceLocation,
): Operation[] {
  const paths = isRecord(document.paths) ? document.paths : {};
  const operations: Operation[] = [];
  for (const route of Object.keys(paths)) {
    const itemRef = deref(document, paths[route], joinPointer("/paths", route), locate);
    if (!itemRef) continue;
    const item = itemRef.value;
    for (const { method, operation, pointer } of operationsOf(item, joinPointer("/paths", route))) {
      const parameters = new Map<string, Parameter>();
      for (const [list, base] of [
        [item.parameters, joinPointer(itemRef.pointer, "parameters")],
        [operation.parameters, joinPointer(pointer, "parameters")],
      ] as const) {
        if (!Array.isArray(list)) continue;
        list.forEach((entry, i) => {
          const resolved = deref(document, entry, joinPointer(base, i), locate);
          if (!resolved) return;
          const parameter = buildParameter(resolved.value, resolved.pointer, ctx);
          if (parameter) parameters.set(`${parameter.in}:${parameter.name}`, parameter);
        });
      }
      const body =
        operation.requestBody === undefined
          ? undefined
          : deref(document, operation.requestBody, joinPointer(pointer, "requestBody"), locate);
      const responses = isRecord(operation.responses) ? operation.responses : {};
      const id = typeof operation.operationId === "string" ? operation.operationId : `${method} ${route}`;
      operations.push({
        id,
        method,
        path: route,
        summary: typeof operation.summary === "string" ? operation.summary : undefined,
        description: typeof operation.description === "string" ? operation.description : undefined,
        deprecated: operation.deprecated === true,
        tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === "string") : [],
        parameters: [...parameters.values()],
        security: effectiveSecurity(document, operation),
        requestBody: body && {
          required: body.value.required === true,
          description: typeof body.value.description === "string" ? body.value.description : undefined,
          contents: buildContents(body.value, body.pointer, ctx, `${id} request item`),
          pointer: body.pointer,
        },
        responses: Object.keys(responses).flatMap((status) => {
          const response = deref(document, responses[status], joinPointer(pointer, "responses", status), locate);
          if (!response) return [];
          return [
            {
              status,
              description: typeof response.value.description === "string" ? response.value.description : undefined,
              contents: buildContents(response.value, response.pointer, ctx, `${id} event`),
              pointer: response.pointer,
            },
          ];
        }),
        pointer,
      });
    }
  }
  return operations;
}

function buildParameter(raw: Record<string, unknown>, pointer: string, ctx: SchemaContext): Parameter | undefined {
  if (typeof raw.name !== "string" || !["path", "query", "header", "cookie"].includes(raw.in as string))
    return undefined;
  const contents = buildContents(raw, pointer, ctx);
  return {
    name: raw.name,
    in: raw.in as Parameter["in"],
    required: raw.required === true || raw.in === "path",
    deprecated: raw.deprecated === true,
    description: typeof raw.description === "string" ? raw.description : undefined,
    schema:
      "schema" in raw
        ? buildSchema(raw.schema, joinPointer(pointer, "schema"), ctx)
        : (contents[0]?.schema ?? buildSchema(true, pointer, ctx)),
    examples: [...ownExamples(raw, pointer), ...(contents[0]?.examples ?? [])],
    pointer,
  };
}

/** `example` and the values of `examples` of a parameter or media type object. */
function ownExamples(holder: Record<string, unknown>, pointer: string): SpecValue[] {
  const examples: SpecValue[] = [];
  if ("example" in holder)
    examples.push({ value: holder.example as JsonValue, pointer: joinPointer(pointer, "example") });
  if (isRecord(holder.examples)) {
    for (const name of Object.keys(holder.examples)) {
      const example = holder.examples[name];
      if (isRecord(example) && "value" in example)
        examples.push({ value: example.value as JsonValue, pointer: joinPointer(pointer, "examples", name, "value") });
    }
  }
  return examples;
}

/**
 * The media types of a body, response or parameter. An OpenAPI 3.2 `itemSchema` (each event of
 * `text/event-stream`, each line of `application/jsonl`) written inline is named `itemName`
 * (`<operationId>Event`), so that every item gets a type, a validator and a page.
 */
function buildContents(
  holder: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  itemName?: string,
): MediaContent[] {
  if (!isRecord(holder.content)) return [];
  const content = holder.content;
  return Object.keys(content).flatMap((mediaType) => {
    const media = content[mediaType];
    if (!isRecord(media)) return [];
    const mediaPointer = joinPointer(pointer, "content", mediaType);
    return [
      {
        mediaType,
        schema: buildSchema(media.schema ?? true, joinPointer(mediaPointer, "schema"), ctx),
        itemSchema:
          "itemSchema" in media
            ? buildSchema(media.itemSchema, joinPointer(mediaPointer, "itemSchema"), ctx, {
                name: itemName,
                parent: "",
              })
            : undefined,
        examples: ownExamples(media, mediaPointer),
        pointer: mediaPointer,
      },
    ];
  });
}
