/**
 * The one intermediate form every emitter reads. It is built once from the loaded document
 * (`buildModel`) and never refers back to it: names are resolved, nullability is folded into a
 * flag, 3.0 and 3.1 spellings are normalised, and every node keeps the JSON pointer it came from.
 */

import type { Warning } from "../errors.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A value written in the spec, with where it was written. */
export interface SpecValue {
  readonly value: JsonValue;
  readonly pointer: string;
}

/** What every schema node may say about itself besides its shape. */
export interface Annotations {
  /** JSON pointer of the schema in the source document. */
  readonly pointer: string;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly readOnly?: boolean | undefined;
  readonly writeOnly?: boolean | undefined;
  readonly default?: SpecValue | undefined;
  /** `example` and `examples` values, in spec order. */
  readonly examples: readonly SpecValue[];
  /** `null` is also accepted (3.1 `type: [x, "null"]`, 3.0 `nullable`, `oneOf: [null, X]`, `enum: [.., null]`). */
  readonly nullable: boolean;
  /** `not`: the value must not match this schema. */
  readonly not?: SchemaNode | undefined;
  /** Keywords present in the spec that the model does not represent (`if`, `dependentRequired`…). */
  readonly unsupported?: readonly string[] | undefined;
  /**
   * Keywords of other types beside an asserted `type` (`pattern` beside `type: array`), one
   * untyped node per type, holding no subschema. A value of those types fails `type` anyway, so
   * they never change a verdict; Ajv's error lists name them, and collecting validators do too.
   */
  readonly foreign?: readonly SchemaNode[] | undefined;
}

export type SchemaNode =
  | AnyNode
  | NeverNode
  | NullNode
  | BooleanNode
  | NumberNode
  | StringNode
  | EnumNode
  | ArrayNode
  | ObjectNode
  | RefNode
  | UnionNode
  | AllOfNode;

export interface AnyNode extends Annotations {
  readonly kind: "any";
}

/** `false`, or a schema that accepts nothing. */
export interface NeverNode extends Annotations {
  readonly kind: "never";
  /**
   * An `enum` none of whose values has the `type` beside it (gettyimages: `type: string` and an
   * enum of numbers), as written: no value passes it, and the validators report what each value
   * fails (`type`, `enum`), as Ajv does, instead of "accepts no value".
   */
  readonly asWritten?: SchemaNode | undefined;
}

export interface NullNode extends Annotations {
  readonly kind: "null";
}

export interface BooleanNode extends Annotations {
  readonly kind: "boolean";
}

/**
 * False when the spec gave a type's keywords without `type` (`{maxLength: 2}`): JSON Schema then
 * applies them to values of that type only and accepts any other value. Types and docs read the
 * node as that type; validators must not reject other types.
 */
interface MaybeUntyped {
  readonly typeAsserted?: boolean | undefined;
}

export interface NumberNode extends Annotations, MaybeUntyped {
  readonly kind: "number";
  /** `integer` type: the value must have no fractional part. */
  readonly integer: boolean;
  readonly format?: string | undefined;
  readonly minimum?: number | undefined;
  readonly maximum?: number | undefined;
  readonly exclusiveMinimum?: number | undefined;
  readonly exclusiveMaximum?: number | undefined;
  readonly multipleOf?: number | undefined;
}

export interface StringNode extends Annotations, MaybeUntyped {
  readonly kind: "string";
  readonly format?: string | undefined;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly pattern?: string | undefined;
  readonly contentMediaType?: string | undefined;
}

/** `enum` or `const`: a closed set of JSON values (`null` excluded: see `nullable`). */
export interface EnumNode extends Annotations {
  readonly kind: "enum";
  readonly values: readonly JsonValue[];
  /** True when it came from `const`. */
  readonly isConst: boolean;
  /**
   * The `type` written beside the `enum` (`null` removed), when there was one: a value of another
   * type fails `type` as well as `enum` (validators report both, as Ajv does).
   */
  readonly types?: readonly string[] | undefined;
  /**
   * The assertions written beside the enum (`minLength`, `format: int32`…) with its `type`, as a
   * schema of their own: a value must pass them too, and a value outside the enum fails each of
   * them as well (validators report every one, as Ajv does). Read by the validators only.
   */
  readonly siblings?: SchemaNode | undefined;
}

export interface ArrayNode extends Annotations, MaybeUntyped {
  readonly kind: "array";
  readonly items: SchemaNode;
  /** 2020-12 `prefixItems` (or a 3.0 tuple `items: [...]`); `items` then applies after them. */
  readonly prefixItems?: readonly SchemaNode[] | undefined;
  readonly minItems?: number | undefined;
  readonly maxItems?: number | undefined;
  readonly uniqueItems?: boolean | undefined;
  readonly contains?: SchemaNode | undefined;
  readonly minContains?: number | undefined;
  readonly maxContains?: number | undefined;
}

export interface Property {
  /** The name on the wire, as in the spec (`frequency_penalty`). */
  readonly wireName: string;
  /** The name in the SDK types (`frequencyPenalty`); unique within its object. */
  readonly sdkName: string;
  readonly schema: SchemaNode;
  readonly required: boolean;
  readonly pointer: string;
}

export interface ObjectNode extends Annotations {
  readonly kind: "object";
  /** In spec order. */
  readonly properties: readonly Property[];
  /** Required names that have no property schema of their own (still required on the wire). */
  readonly extraRequired: readonly string[];
  /** `true`: anything; `false`: nothing; a node: every other property must match it. */
  readonly additionalProperties: SchemaNode | boolean;
  readonly patternProperties?: readonly { readonly pattern: string; readonly schema: SchemaNode }[] | undefined;
  readonly propertyNames?: SchemaNode | undefined;
  readonly minProperties?: number | undefined;
  readonly maxProperties?: number | undefined;
  /**
   * False when the spec gave object keywords without `type: object`: JSON Schema then accepts
   * any non-object too. Types and docs treat it as an object; validators must not reject.
   */
  readonly typeAsserted: boolean;
}

/** A reference to a named schema of the model. */
export interface RefNode extends Annotations {
  readonly kind: "ref";
  /** Key in `Model.schemas`. */
  readonly target: string;
}

export interface Discriminator {
  readonly propertyName: string;
  /** Discriminator value → key in `Model.schemas`, explicit mappings first, then implicit ones. */
  readonly mapping: readonly { readonly value: string; readonly target: string }[];
}

export interface UnionNode extends Annotations {
  readonly kind: "union";
  /** `oneOf`: exactly one member matches; `anyOf`: at least one. Also used for `type: [a, b]`. */
  readonly mode: "oneOf" | "anyOf";
  readonly members: readonly SchemaNode[];
  readonly discriminator?: Discriminator | undefined;
  /** From `type: [a, b]`: one member per type, and a value of none of them fails `type`. */
  readonly byType?: boolean | undefined;
}

/** `allOf`: every member applies. Emitters that want one object use `flattenObject`. */
export interface AllOfNode extends Annotations {
  readonly kind: "allOf";
  readonly members: readonly SchemaNode[];
  /** A union member and its discriminator tag (`Cat & {petType: "cat"}`): typed as that intersection. */
  readonly tagged?: boolean | undefined;
  /**
   * From keywords of several types without `type` (`required` beside `items`): one member per
   * type, each checking values of its type only; typed as the union of the members.
   */
  readonly byKind?: boolean | undefined;
}

/** Where a named schema came from. */
export type SchemaOrigin =
  | { readonly kind: "component" }
  /** An inline enum, object or union member given a name of its own (e.g. `RoleSystemMessage`). */
  | { readonly kind: "hoisted"; readonly parent: string; readonly via: string };

export interface NamedSchema {
  /** The key in `components.schemas` (or the hoisted name). Unique. */
  readonly key: string;
  /** PascalCase TypeScript name, a safe identifier, unique. */
  readonly typeName: string;
  /** File stem: `typeName` lowercased, unique without regard to case. */
  readonly fileStem: string;
  readonly origin: SchemaOrigin;
  readonly schema: SchemaNode;
}

export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description?: string | undefined;
  readonly schema: SchemaNode;
  /** The parameter's own `example`/`examples` values (beside its schema), in spec order. */
  readonly examples?: readonly SpecValue[] | undefined;
  readonly pointer: string;
}

export interface MediaContent {
  readonly mediaType: string;
  readonly schema: SchemaNode;
  /** OpenAPI 3.2: the schema of each item of a streamed media type (an event, a JSON line). */
  readonly itemSchema?: SchemaNode | undefined;
  readonly examples: readonly SpecValue[];
  readonly pointer: string;
}

export interface Operation {
  /** `operationId`, or `<method> <path>` when the spec has none. */
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  readonly parameters: readonly Parameter[];
  readonly requestBody?:
    | {
        readonly required: boolean;
        readonly description?: string | undefined;
        readonly contents: readonly MediaContent[];
        readonly pointer: string;
      }
    | undefined;
  /**
   * The effective `security`: the operation's own, else the document's; `undefined` when neither
   * has one. Alternatives in spec order, any one of which suffices; `[]` or an empty alternative
   * means no credentials are needed.
   */
  readonly security?: readonly SecurityRequirement[] | undefined;
  readonly responses: readonly {
    readonly status: string;
    readonly description?: string | undefined;
    readonly contents: readonly MediaContent[];
    readonly pointer: string;
  }[];
  readonly pointer: string;
}

/** One alternative of a `security` list: every scheme it names is required, with these scopes. */
export type SecurityRequirement = readonly { readonly scheme: string; readonly scopes: readonly string[] }[];

/** One security scheme of `components.securitySchemes`, as a field of the `Security` type. */
export interface SecurityScheme {
  readonly name: string;
  readonly sdkName: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`… as written. */
  readonly type: string;
  /** For `http`: its `scheme` as written (`bearer`, `Basic`); HTTP compares them without case. */
  readonly httpScheme?: string | undefined;
  /** For `apiKey`: where the key is sent and under which name. */
  readonly apiKey?: { readonly in: "header" | "query" | "cookie"; readonly name: string } | undefined;
  readonly description?: string | undefined;
  readonly pointer: string;
}

/** The `Security` type of the SDK: every scheme an optional string credential. */
export interface SecurityModel {
  readonly typeName: string;
  readonly fileStem: string;
  readonly schemes: readonly SecurityScheme[];
}

export interface Model {
  readonly openapi: "3.0" | "3.1" | "3.2";
  readonly title: string;
  readonly version: string;
  readonly description?: string | undefined;
  /** `servers[].url` in spec order (variables left as written), for example requests. */
  readonly servers?: readonly string[] | undefined;
  /** `x-sdk-package`, when the spec names its SDK package. */
  readonly sdkPackage?: string | undefined;
  /** In a stable order: components in spec order, each followed by what was hoisted out of it. */
  readonly schemas: ReadonlyMap<string, NamedSchema>;
  readonly operations: readonly Operation[];
  /** The file the model was built from, for messages. */
  readonly sourceFile: string;
  /** `components.securitySchemes`, when the spec has any. */
  readonly security?: SecurityModel | undefined;
  /** What naming had to work around (a `title` that names a taken type), reported by every run. */
  readonly warnings?: readonly Warning[] | undefined;
}
