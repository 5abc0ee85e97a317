import type {
  MediaContent,
  NamedSchema,
  Operation,
  Parameter,
  Property,
  SchemaNode,
  SpecValue,
} from "../model/model.js";

export const LEVELS = ["info", "warning", "breaking"] as const;
export type Level = (typeof LEVELS)[number];
/** How hard a rule hits on one axis; `none` when the change cannot hurt there. */
export type Grade = Level | "none";
export const GRADE_RANK: Record<Grade, number> = { none: -1, info: 0, warning: 1, breaking: 2 };

/**
 * Which way the data flows where a change sits: what a client sends (request bodies and
 * parameters) or what it receives (responses). The same change can break one and not the other.
 */
export type Direction = "request" | "response";

/** A schema as the comparison sees it: `$ref`s followed, an `allOf` of objects merged into one. */
export interface SchemaView {
  /** Never a `ref`; an `allOf` only when its members are not all objects. */
  readonly node: SchemaNode;
  /** Null accepted, on the node or on a `$ref` that led to it. */
  readonly nullable: boolean;
  /** The nearest `default`, from the outermost `$ref` site in. */
  readonly default: SpecValue | undefined;
  /** The named schema the site referred to, when it was a `$ref`. */
  readonly ref: string | undefined;
}

export interface RawHeader {
  readonly required: boolean;
}

/** How a parameter is written on the wire, defaults filled in. */
export interface Serialization {
  readonly style: string;
  readonly explode: boolean;
}

export type RequestBody = NonNullable<Operation["requestBody"]>;
export type Response = Operation["responses"][number];

/** What the walk hands to the rules: one pair of matching things, either side possibly absent. */
export type DiffEvent =
  | { readonly scope: "operation"; readonly base: Operation | undefined; readonly head: Operation | undefined }
  | { readonly scope: "parameter"; readonly base: Parameter | undefined; readonly head: Parameter | undefined }
  | { readonly scope: "request-body"; readonly base: RequestBody | undefined; readonly head: RequestBody | undefined }
  | {
      readonly scope: "response";
      readonly status: string;
      readonly base: Response | undefined;
      readonly head: Response | undefined;
    }
  | {
      readonly scope: "media-type";
      readonly mediaType: string;
      readonly base: MediaContent | undefined;
      readonly head: MediaContent | undefined;
    }
  | { readonly scope: "schema"; readonly base: SchemaView; readonly head: SchemaView }
  | {
      readonly scope: "property";
      readonly name: string;
      readonly base: Property | undefined;
      readonly head: Property | undefined;
    }
  | {
      readonly scope: "union-member";
      readonly label: string;
      readonly base: SchemaNode | undefined;
      readonly head: SchemaNode | undefined;
    }
  /** A `$ref` now points to another named schema; `differences` are what comparing the two found. */
  | {
      readonly scope: "ref";
      readonly baseTarget: string;
      readonly headTarget: string;
      readonly differences: readonly RelativeFinding[];
    }
  /** A non-union became a union of several members (a body newly wrapped in `oneOf`). */
  | {
      readonly scope: "union-wrap";
      readonly base: SchemaView;
      readonly head: SchemaView;
      readonly added: readonly string[];
    }
  /** An operation's security: each alternative a sorted list of `scheme` or `scheme:scope`; `[]` is anonymous access. */
  | {
      readonly scope: "security";
      readonly base: readonly (readonly string[])[];
      readonly head: readonly (readonly string[])[];
    }
  | {
      readonly scope: "response-header";
      readonly name: string;
      readonly base: RawHeader | undefined;
      readonly head: RawHeader | undefined;
    }
  | {
      readonly scope: "serialization";
      readonly name: string;
      readonly base: Serialization;
      readonly head: Serialization;
    }
  | { readonly scope: "webhook"; readonly name: string; readonly base: boolean; readonly head: boolean }
  /** The whole diff: `breaking` counts the breaking findings every other rule gave. */
  | {
      readonly scope: "document";
      readonly baseVersion: string;
      readonly headVersion: string;
      readonly breaking: number;
    }
  /** A component schema; `replacedBy` names what stands where base referred to it (`inline` or a schema). */
  | {
      readonly scope: "component";
      readonly key: string;
      readonly base: NamedSchema | undefined;
      readonly head: NamedSchema | undefined;
      readonly replacedBy: readonly string[];
    };

export type Scope = DiffEvent["scope"];
export type EventOf<S extends Scope> = Extract<DiffEvent, { scope: S }>;

export interface RuleSpec<S extends Scope> {
  readonly id: string;
  readonly scope: S;
  /** `any`: the rule reads the same whichever way the data flows. */
  readonly direction: Direction | "any";
  /** An old client's request is now rejected, or an old client misreads a response. */
  readonly wire: Grade;
  /** The regenerated SDK breaks user code at compile time. */
  readonly source: Grade;
  /** One line for the rules page. */
  readonly summary: string;
  /** The finding's message when the rule fires on this event, else `undefined`. */
  readonly check: (event: EventOf<S>) => string | undefined;
}

/** A rule of the table; `level` is the higher of its two axes. */
export type Rule = { [S in Scope]: RuleSpec<S> & { readonly level: Level } }[Scope];

/** A finding inside a schema, before it is placed: `path` is relative to the schema compared. */
export interface RelativeFinding {
  readonly rule: Rule;
  readonly message: string;
  /** JSON path suffix from the compared schema (`.messages[].role`), `""` at the schema itself. */
  readonly path: string;
  readonly basePointer: string;
  readonly headPointer: string;
}

export interface FindingSide {
  readonly file: string;
  readonly pointer: string;
  readonly line: number | undefined;
}

export interface Finding {
  readonly rule: string;
  readonly level: Level;
  readonly wire: Grade;
  readonly source: Grade;
  readonly direction: Direction | undefined;
  readonly message: string;
  /** `POST /chat/completions`, or `undefined` for a component no operation uses. */
  readonly operation: string | undefined;
  /** `request body application/json`, `response 200 application/json`, `parameter query limit`… */
  readonly where: string;
  /** `$.messages[].role` inside `where`. */
  readonly jsonPath: string;
  /** `operation where jsonPath`, for people. */
  readonly path: string;
  readonly base: FindingSide;
  readonly head: FindingSide;
}
