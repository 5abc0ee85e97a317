import { Code, identifier, joinCode, ts } from "../../codegen/code.js";
import { SpecError } from "../../errors.js";
import type {
  ArrayNode,
  EnumNode,
  JsonValue,
  Model,
  NumberNode,
  ObjectNode,
  Property,
  SchemaNode,
  StringNode,
  UnionNode,
} from "../../model/model.js";
import { named, resolveRefs } from "../../model/view.js";
import { dispatchTable } from "./dispatch.js";
import { formatFunction, NUMBER_FORMATS } from "./formats.js";
import { jsonCode, type Mode, type ModuleContext } from "./module-context.js";
import { mentions } from "./mentions.js";
import type { NamePath } from "./name-path.js";
import type { Pointer } from "./pointer.js";
import { terminates } from "./reachability.js";
import { append } from "../../append.js";

/**
 * Compiles one schema node into straight-line statements about the value in `v`.
 *
 * In "check" mode a failure is `return false;` and nothing is allocated. In "collect" mode a
 * failure records an error (`rt.report`) and either returns (first-error mode) or marks the
 * function's `ok` false and goes on with the next keyword (all-errors mode); a failed type check
 * skips the keywords that need that type. Generated functions see `d` (depth) and, when
 * collecting, `p` (pointer), `e` (errors) and `all`. `at` is where the node sits in the module's
 * schema: the locals and helpers it needs are named after it.
 */
export function compileNode(
  ctx: ModuleContext,
  node: SchemaNode,
  v: Code,
  p: Pointer,
  at: NamePath,
  mode: Mode,
  open?: OpenValues,
): Code[] {
  if (node.unsupported !== undefined && node.unsupported.length > 0) {
    throw new SpecError(
      "UNSUPPORTED",
      `the validators cannot check ${node.unsupported.map((k) => `"${k}"`).join(", ")}: remove the keyword or do not generate validators`,
      { file: ctx.model.sourceFile, pointer: node.pointer },
    );
  }
  const out: Code[] = [];
  if (node.not !== undefined) {
    const fn = ctx.helper(node.not, "check", at.child("not"));
    append(
      out,
      ts`if (${fn}(${v}, d)) {`,
      fail(mode, p, "not", "not the schema under not", v, "not match the schema under `not`"),
      ts`}`,
    );
  }
  let shape = compileShape(ctx, node, v, p, at, mode, open);
  if (node.foreign !== undefined && mode === "collect") shape = withForeign(ctx, node, shape, v, p, at);
  if (node.nullable && node.kind !== "null" && node.kind !== "any" && shape.length > 0)
    append(out, ts`if (${v} !== null) {`, shape, ts`}`);
  else append(out, shape);
  return out;
}

/** Ajv checks a schema's keywords type by type, in this order. */
const AJV_TYPE_ORDER: readonly string[] = ["number", "string", "array", "object"];

/**
 * The checks of keywords of other types beside an asserted `type`, where Ajv makes them: type by
 * type in its order, the node's own type (and its `type` error) among them when the node has
 * keywords of its type, else its `type` error first. Only collecting validators make them: they
 * add errors to a value that already failed `type`.
 */
function withForeign(ctx: ModuleContext, node: SchemaNode, shape: Code[], v: Code, p: Pointer, at: NamePath): Code[] {
  const own = AJV_TYPE_ORDER.includes(node.kind) && hasKeywordsOfItsType(node) ? node.kind : undefined;
  const rank = (kind: string): number => AJV_TYPE_ORDER.indexOf(kind);
  const checks = (members: readonly SchemaNode[]): Code[] =>
    members.flatMap((member) => compileNode(ctx, member, v, p, at.child(`as_${member.kind}`), "collect"));
  const foreign = node.foreign ?? [];
  if (own === undefined) return [...shape, ...checks(foreign)];
  return [
    ...checks(foreign.filter((member) => rank(member.kind) < rank(own))),
    ...shape,
    ...checks(foreign.filter((member) => rank(member.kind) > rank(own))),
  ];
}

/** Whether a node has keywords of its own type (Ajv then reports its `type` error in that type's turn). */
function hasKeywordsOfItsType(node: SchemaNode): boolean {
  switch (node.kind) {
    case "number":
      return [
        node.minimum,
        node.maximum,
        node.exclusiveMinimum,
        node.exclusiveMaximum,
        node.multipleOf,
        node.format,
      ].some((keyword) => keyword !== undefined);
    case "string":
      return [node.minLength, node.maxLength, node.pattern, node.format].some((keyword) => keyword !== undefined);
    case "array":
      return (
        node.items.kind !== "any" ||
        [node.prefixItems, node.minItems, node.maxItems, node.uniqueItems, node.contains].some(
          (keyword) => keyword !== undefined,
        )
      );
    case "object":
      return (
        node.properties.length > 0 ||
        node.extraRequired.length > 0 ||
        node.additionalProperties !== true ||
        [node.patternProperties, node.propertyNames, node.minProperties, node.maxProperties].some(
          (keyword) => keyword !== undefined,
        )
      );
    default:
      return false;
  }
}

/** The statements of one failure. `message` continues "must ...". */
export function fail(mode: Mode, p: Pointer, keyword: string, expected: string, actual: Code, message: string): Code[] {
  if (mode === "check") return [ts`return false;`];
  return [
    ts`rt.report(e, ${p.expression()}, ${keyword}, ${expected}, ${actual}, ${mustMessage(message)});`,
    ts`if (!all) return false;`,
    ts`ok = false;`,
  ];
}

/** An error's message, as `rt.report` takes it: a constant, so that reporting an error builds no text. */
export function mustMessage(message: string): string {
  return `must ${message}`;
}

/** `if (!(condition)) <fail>` */
function require(condition: Code, failure: Code[]): Code[] {
  return [ts`if (!(${condition})) {`, ...failure, ts`}`];
}

function compileShape(
  ctx: ModuleContext,
  node: SchemaNode,
  v: Code,
  p: Pointer,
  at: NamePath,
  mode: Mode,
  open: OpenValues | undefined,
): Code[] {
  switch (node.kind) {
    case "any":
      return require(ts`rt.isJsonKind(${v})`, fail(
        mode,
        p,
        "json",
        "JSON value",
        ts`rt.describe(${v})`,
        "be a JSON value",
      ));
    case "never":
      // No value passes: a check says so at once. Errors are those of the schema as written, as
      // Ajv reports them; its checks in a row would not compile as a check (`type: string` with
      // `enum: [true, false]`: once the type check returns, TypeScript refuses `x === true`).
      if (node.asWritten !== undefined && mode === "collect")
        return compileNode(ctx, node.asWritten, v, p, at.child("written"), mode);
      return fail(mode, p, "never", "nothing", v, "not be present: the schema accepts no value");
    case "null":
      return require(ts`${v} === null`, fail(mode, p, "type", "null", v, "be null"));
    case "boolean":
      return require(ts`typeof ${v} === "boolean"`, fail(mode, p, "type", "boolean", v, "be a boolean"));
    case "number":
      return compileNumber(node, v, p, mode);
    case "string":
      return compileString(ctx, node, v, p, at, mode);
    case "enum":
      return compileEnum(ctx, node, v, p, at, mode);
    case "array":
      return compileArray(ctx, node, v, p, at, mode);
    case "object":
      return compileObject(ctx, node, v, p, at, mode, open);
    case "ref":
      return callNamed(ctx, node.target, v, p, mode);
    case "union":
      return compileUnion(ctx, node, v, p, at, mode);
    case "allOf": {
      // A conjunction: each member's statements in turn, on the same value. Later members read it
      // through an `unknown` alias, so that a type check of one member does not narrow the next.
      // Names another member declares are that member's to check, not an open value of this one.
      const opens = allOfOpenValues(ctx.model, node.members, declaredNames(ctx.model, node, 0));
      const out: Code[] = [];
      for (const [index, member] of node.members.entries()) {
        const memberAt = at.child(String(index));
        let checks: Code[];
        if (index === 0) checks = compileNode(ctx, member, v, p, memberAt, mode, opens[index]);
        else {
          const alias = ctx.local("v", memberAt);
          checks = compileNode(ctx, member, alias, p, memberAt, mode, opens[index]);
          checks = declared(ts`const ${alias}${ctx.syntax.annotation(ts`unknown`)} = ${v};`, alias, checks);
        }
        append(out, checks);
        // A member that accepts nothing ends the checks: what follows would be unreachable code,
        // where TypeScript no longer narrows (`'v_1' is of type 'unknown'`).
        if (terminates(checks)) break;
      }
      return out;
    }
  }
}

/** The exported check/collect function names of a named schema. */
export function walkerNames(typeName: string): { check: Code; collect: Code } {
  return { check: identifier(`check${typeName}`), collect: identifier(`collect${typeName}`) };
}

/** `checks`, after the declaration of `local` when they use it: a local nothing reads is not declared. */
function declared(declaration: Code, local: Code, checks: Code[]): Code[] {
  return mentions(checks, local) ? [declaration, ...checks] : checks;
}

function callNamed(ctx: ModuleContext, key: string, v: Code, p: Pointer, mode: Mode): Code[] {
  ctx.call(key, mode);
  const names = walkerNames(named(ctx.model, key).typeName);
  if (mode === "check") return [ts`if (!${names.check}(${v}, d + 1)) return false;`];
  const step = p.step();
  const collect = ts`${names.collect}(${v}, d + 1, ${step.via}, ${step.key}, e, all)`;
  // A scalar schema (a hoisted enum, mostly), or an array item or map value, is checked first by
  // its check walker, which the engine inlines; its larger error walker is called only for a value
  // that fails, to say why. Checking a failing one twice costs little: a scalar is one value, an
  // item a part of its array. (Not a lone property: it may be most of the document, walked twice.)
  if (p.isItem() || isScalar(resolveRefs(ctx.model, named(ctx.model, key).schema))) {
    ctx.call(key, "check");
    return goOnAfter(ts`!${names.check}(${v}, d + 1) && !${collect}`);
  }
  return goOnAfter(ts`!${collect}`);
}

/** When `failed` (a collecting call said no): a first-error walk ends, an all-errors one marks `ok` and goes on. */
function goOnAfter(failed: Code): Code[] {
  return [ts`if (${failed}) {`, ts`if (!all) return false;`, ts`ok = false;`, ts`}`];
}

/** A schema of one JSON value that holds no other: checking it again costs next to nothing. */
function isScalar(node: SchemaNode): boolean {
  switch (node.kind) {
    case "any":
    case "never":
    case "null":
    case "boolean":
    case "number":
    case "string":
    case "enum":
      return node.not === undefined;
    default:
      return false;
  }
}

function compileNumber(node: NumberNode, v: Code, p: Pointer, mode: Mode): Code[] {
  const type = node.integer ? "integer" : "number";
  const body: Code[] = [];
  const bound = (condition: Code, keyword: string, expected: string, message: string): void => {
    append(body, require(condition, fail(mode, p, keyword, expected, v, message)));
  };
  if (node.minimum !== undefined)
    bound(ts`${v} >= ${node.minimum}`, "minimum", `>= ${node.minimum}`, `be >= ${node.minimum}`);
  if (node.maximum !== undefined)
    bound(ts`${v} <= ${node.maximum}`, "maximum", `<= ${node.maximum}`, `be <= ${node.maximum}`);
  if (node.exclusiveMinimum !== undefined)
    bound(
      ts`${v} > ${node.exclusiveMinimum}`,
      "exclusiveMinimum",
      `> ${node.exclusiveMinimum}`,
      `be > ${node.exclusiveMinimum}`,
    );
  if (node.exclusiveMaximum !== undefined)
    bound(
      ts`${v} < ${node.exclusiveMaximum}`,
      "exclusiveMaximum",
      `< ${node.exclusiveMaximum}`,
      `be < ${node.exclusiveMaximum}`,
    );
  if (node.multipleOf !== undefined) {
    // Ajv fails every value for `multipleOf: 0`, a schema error it does not refuse.
    const condition = node.multipleOf === 0 ? ts`false` : ts`rt.isMultipleOf(${v}, ${node.multipleOf})`;
    bound(condition, "multipleOf", `multiple of ${node.multipleOf}`, `be a multiple of ${node.multipleOf}`);
  }
  const format = node.format === undefined ? undefined : NUMBER_FORMATS.get(node.format);
  if (format === "integer") bound(ts`Number.isInteger(${v})`, "format", node.format!, `be an integer (${node.format})`);
  else if (format !== undefined)
    bound(
      ts`Number.isInteger(${v}) && ${v} >= ${format.min} && ${v} <= ${format.max}`,
      "format",
      node.format!,
      `be an integer from ${format.min} to ${format.max} (${node.format})`,
    );
  const typeFailure = fail(mode, p, "type", type, v, `be ${node.integer ? "an integer" : "a number"}`);
  if (node.typeAsserted === false)
    return body.length === 0 ? [] : [ts`if (typeof ${v} === "number") {`, ...body, ts`}`];
  if (node.integer && mode === "collect" && body.length > 0) {
    // A number that is not an integer fails `type`, and is still held to the number keywords
    // (Ajv groups keywords by JSON type, and 1.5 is a number).
    return [
      ts`if (typeof ${v} === "number" && Number.isFinite(${v})) {`,
      ...require(ts`Number.isInteger(${v})`, typeFailure),
      ...body,
      ts`} else {`,
      ...typeFailure,
      ts`}`,
    ];
  }
  const typeCheck = node.integer
    ? ts`typeof ${v} === "number" && Number.isInteger(${v})`
    : ts`typeof ${v} === "number" && Number.isFinite(${v})`;
  return typed(typeCheck, body, typeFailure);
}

/** `if (type) { body } else { failure }`, or the bare check when there is no body; no failure when the schema gave no `type`. */
function typed(typeCheck: Code, body: Code[], failure: Code[], asserted = true): Code[] {
  if (!asserted) return body.length === 0 ? [] : [ts`if (${typeCheck}) {`, ...body, ts`}`];
  if (body.length === 0) return require(typeCheck, failure);
  return [ts`if (${typeCheck}) {`, ...body, ts`} else {`, ...failure, ts`}`];
}

function compileString(ctx: ModuleContext, node: StringNode, v: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  const body: Code[] = [];
  const { minLength, maxLength } = node;
  // `length` counts UTF-16 units: code points are at most that many and at least half; the exact
  // count is taken only when those bounds do not decide.
  if (minLength !== undefined && minLength > 0) {
    append(
      body,
      require(ts`${v}.length >= ${minLength} && (${v}.length >= ${2 * minLength} || rt.ucs2length(${v}) >= ${minLength})`, fail(
        mode,
        p,
        "minLength",
        `at least ${minLength} characters`,
        v,
        `have at least ${minLength} characters`,
      )),
    );
  }
  if (maxLength !== undefined) {
    append(
      body,
      require(ts`${v}.length <= ${maxLength} || (${v}.length <= ${2 * maxLength} && rt.ucs2length(${v}) <= ${maxLength})`, fail(
        mode,
        p,
        "maxLength",
        `at most ${maxLength} characters`,
        v,
        `have at most ${maxLength} characters`,
      )),
    );
  }
  const regex = node.pattern === undefined ? undefined : ctx.regex(node.pattern, at);
  if (node.pattern !== undefined && regex !== undefined) {
    append(
      body,
      require(ts`${regex}.test(${v})`, fail(mode, p, "pattern", node.pattern, v, `match the pattern ${node.pattern}`)),
    );
  }
  const format = node.format === undefined ? undefined : formatFunction(node.format, ctx.formats);
  if (format !== undefined) {
    append(
      body,
      require(ts`rt.${identifier(format)}(${v})`, fail(
        mode,
        p,
        "format",
        node.format!,
        v,
        `be a valid ${node.format!}`,
      )),
    );
  }
  return typed(
    ts`typeof ${v} === "string"`,
    body,
    fail(mode, p, "type", "string", v, "be a string"),
    node.typeAsserted !== false,
  );
}

type Primitive = string | number | boolean;

function isPrimitive(value: JsonValue): value is Primitive {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Up to this many values are compared one by one; more go through a `Set`. */
const INLINE_ENUM = 6;

function compileEnum(ctx: ModuleContext, node: EnumNode, v: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  const primitives = node.values.filter(isPrimitive);
  const others = node.values.filter((value) => !isPrimitive(value));
  const tests: Code[] = [];
  if (primitives.length > INLINE_ENUM) tests.push(ts`${ctx.set(primitives, at)}.has(${v})`);
  else
    append(
      tests,
      primitives.map((value) => ts`${v} === ${value}`),
    );
  for (const value of others) tests.push(ts`rt.deepEqual(${v}, ${ctx.json(value, at)})`);
  const expected = shorten(node.values.map((value) => JSON.stringify(value)).join(", "));
  const keyword = node.isConst ? "const" : "enum";
  const message = node.isConst ? `be ${expected}` : `be one of ${expected}`;
  const check = require(tests.length === 0 ? ts`false` : joinOr(tests), fail(mode, p, keyword, expected, v, message));
  if (node.siblings !== undefined) {
    // The keywords beside the enum (its `type` among them) are checked as a schema of their own.
    const siblings = compileNode(ctx, node.siblings, v, p, at.child("siblings"), mode);
    return [...siblings, ...check];
  }
  if (mode === "check" || node.types === undefined) return check;
  // The `type` beside the enum is a keyword of its own: a value of another type fails both.
  const typeTests = joinOr(node.types.map((type) => typeTest(type, v)));
  const names = node.types.join(" or ");
  return [...require(typeTests, fail(mode, p, "type", names, v, `be ${names}`)), ...check];
}

function typeTest(type: string, v: Code): Code {
  switch (type) {
    case "string":
      return ts`typeof ${v} === "string"`;
    case "integer":
      return ts`Number.isInteger(${v})`;
    case "number":
      return ts`(typeof ${v} === "number" && Number.isFinite(${v}))`;
    case "boolean":
      return ts`typeof ${v} === "boolean"`;
    case "array":
      return ts`Array.isArray(${v})`;
    case "object":
      return ts`rt.isObject(${v})`;
    default:
      return ts`${v} === null`;
  }
}

/** `case a:` lines, the last one opening the block of the case. */
function caseLabels(values: readonly (string | number | boolean)[]): Code[] {
  return values.map((value, i) => (i === values.length - 1 ? ts`case ${value}: {` : ts`case ${value}:`));
}

/** A disjunction; of no tests (a union whose only member was `null`, moved to `nullable`), `false`. */
function joinOr(tests: Code[]): Code {
  return tests.length === 0 ? ts`false` : joinCode(tests, " || ");
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function compileArray(ctx: ModuleContext, node: ArrayNode, v: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  const a = ctx.local("a", at);
  const body: Code[] = [];
  const items = (condition: Code, keyword: string, expected: string, message: string): void => {
    append(body, require(condition, fail(mode, p, keyword, expected, a, message)));
  };
  if (node.minItems !== undefined && node.minItems > 0)
    items(
      ts`${a}.length >= ${node.minItems}`,
      "minItems",
      `at least ${node.minItems} items`,
      `have at least ${node.minItems} items`,
    );
  if (node.maxItems !== undefined)
    items(
      ts`${a}.length <= ${node.maxItems}`,
      "maxItems",
      `at most ${node.maxItems} items`,
      `have at most ${node.maxItems} items`,
    );
  const prefix = node.prefixItems ?? [];
  prefix.forEach((schema, index) => {
    const itemAt = at.child(`item${index}`);
    const x = ctx.local("x", itemAt);
    const check = compileNode(ctx, schema, x, p.key(String(index)), itemAt, mode);
    if (check.length > 0)
      append(body, ts`if (${a}.length > ${index}) {`, declared(ts`const ${x} = ${a}[${index}];`, x, check), ts`}`);
  });
  const closed =
    prefix.length > 0 && node.items.kind === "never" && !node.items.nullable && node.items.not === undefined;
  if (closed) {
    // A closed tuple: one error about the array, as Ajv gives (`items: false` in 2020-12, `additionalItems: false` in draft-04).
    const keyword = ctx.model.openapi === "3.0" ? "additionalItems" : "items";
    items(
      ts`${a}.length <= ${prefix.length}`,
      keyword,
      `at most ${prefix.length} items`,
      `have at most ${prefix.length} items`,
    );
  } else {
    const itemAt = at.child("item");
    const i = ctx.local("i", at);
    const x = ctx.local("x", itemAt);
    const each = compileNode(ctx, node.items, x, p.index(i), itemAt, mode);
    if (each.length > 0)
      append(
        body,
        ts`for (let ${i} = ${prefix.length}; ${i} < ${a}.length; ${i}++) {`,
        declared(ts`const ${x} = ${a}[${i}];`, x, each),
        ts`}`,
      );
  }
  if (node.uniqueItems === true)
    items(ts`rt.uniqueItems(${a})`, "uniqueItems", "no two equal items", "have no two equal items");
  if (node.contains !== undefined) append(body, compileContains(ctx, node, a, p, at, mode));
  return typed(
    ts`Array.isArray(${v})`,
    declared(ts`const ${a}${ctx.syntax.annotation(ts`readonly unknown[]`)} = ${v};`, a, body),
    fail(mode, p, "type", "array", v, "be an array"),
    node.typeAsserted !== false,
  );
}

function compileContains(ctx: ModuleContext, node: ArrayNode, a: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  const fn = ctx.helper(node.contains!, "check", at.child("contains"));
  const n = ctx.local("n", at);
  const j = ctx.local("j", at);
  const min = node.minContains ?? 1;
  const out: Code[] = [
    ts`let ${n} = 0;`,
    ts`for (let ${j} = 0; ${j} < ${a}.length; ${j}++) if (${fn}(${a}[${j}], d)) ${n}++;`,
  ];
  append(
    out,
    require(ts`${n} >= ${min}`, fail(
      mode,
      p,
      "contains",
      `at least ${min} matching items`,
      a,
      `contain at least ${min} items that match \`contains\``,
    )),
  );
  if (node.maxContains !== undefined)
    append(
      out,
      require(ts`${n} <= ${node.maxContains}`, fail(
        mode,
        p,
        "maxContains",
        `at most ${node.maxContains} matching items`,
        a,
        `contain at most ${node.maxContains} items that match \`contains\``,
      )),
    );
  return out;
}

/** Names `Object.prototype` has: read only when the object has them itself. */
const PROTOTYPE_NAMES = new Set([
  "constructor",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "toLocaleString",
]);

/**
 * Reads one property of the record in `o`: own properties only. Always with brackets, as a
 * record's keys are read under `noPropertyAccessFromIndexSignature`.
 */
export function readProperty(o: Code, name: string): Code {
  return PROTOTYPE_NAMES.has(name) ? ts`rt.own(${o}, ${name})` : ts`${o}[${name}]`;
}

/**
 * How an object inside an `allOf` treats keys it does not name. `covered`: names other members
 * declare (theirs to check). `skip`: another member already checks every key, so this one need
 * not look at keys it does not name.
 */
export interface OpenValues {
  readonly covered: ReadonlySet<string>;
  readonly skip: boolean;
}

/** Every property name the members of an `allOf` (through `$ref`s and nested `allOf`s) declare. */
function declaredNames(model: Model, node: SchemaNode, depth: number): Set<string> {
  const names = new Set<string>();
  if (depth > 16) return names;
  const resolved = resolveRefs(model, node);
  if (resolved.kind === "object") for (const property of resolved.properties) names.add(property.wireName);
  if (resolved.kind === "allOf")
    for (const member of resolved.members) for (const name of declaredNames(model, member, depth + 1)) names.add(name);
  return names;
}

/** The `OpenValues` of each member of an `allOf`: the first object member checks other keys, the rest skip. */
function allOfOpenValues(model: Model, members: readonly SchemaNode[], names: ReadonlySet<string>): OpenValues[] {
  const checker = members.findIndex((member) => resolveRefs(model, member).kind === "object");
  return members.map((_, i) => ({ covered: names, skip: checker >= 0 && i !== checker }));
}

function compileObject(
  ctx: ModuleContext,
  node: ObjectNode,
  v: Code,
  p: Pointer,
  at: NamePath,
  mode: Mode,
  open: OpenValues | undefined,
): Code[] {
  const o = ctx.local("o", at);
  const body: Code[] = [];
  // Keys the schema does not name are looked at: their values must still be JSON (no function,
  // NaN, BigInt or cycle), or match `additionalProperties`, or not be there at all. When every
  // key present is a named property (counted as they are read, compared with a for-in count that
  // allocates nothing) no key needs that second look, unless patterns or `propertyNames` want
  // every key. (A value read under a name the object does not enumerate as its own, which JSON
  // never gives, counts as present.)
  const patterns = node.patternProperties ?? [];
  const openCheck = node.additionalProperties === true && open?.skip !== true;
  const counted =
    (openCheck || node.additionalProperties !== true) && patterns.length === 0 && node.propertyNames === undefined;
  const values: { property: Property; x: Code; value: Code[] }[] = [];
  let dead = false;
  for (const property of node.properties) {
    const propertyAt = at.child(property.wireName);
    const x = ctx.local("x", propertyAt);
    const value = compileNode(ctx, property.schema, x, p.key(property.wireName), propertyAt, mode);
    values.push({ property, x, value });
    // A required property no value fits fails the object (in check mode, so does its absence):
    // whatever followed would be unreachable.
    dead = property.required && mode === "check" && terminates(value);
    if (dead) break;
  }
  // Too many branches for one function: the properties are checked by part functions, and the
  // keys the object does not name found by the key loop, not by a count across the parts.
  const inParts = !dead && values.length > 1 && weight(values) > MAX_FUNCTION_WEIGHT;
  const c = ctx.local("c", at);
  const counting = counted && !dead && !inParts;
  if (counting && node.properties.length > 0) body.push(ts`let ${c} = 0;`);
  if (inParts) append(body, partCalls(ctx, node, values, o, p, at, mode));
  else
    for (const { property, x, value } of values) {
      const check = counting && !terminates(value) ? [...value, ts`${c}++;`] : value;
      const read = ts`const ${x} = ${readProperty(o, property.wireName)};`;
      if (property.required) {
        append(
          body,
          read,
          ts`if (${x} === undefined) {`,
          missing(mode, p, property.wireName, o),
          ts`} else {`,
          check,
          ts`}`,
        );
      } else if (check.length > 0) {
        append(body, declared(read, x, [ts`if (${x} !== undefined) {`, ...check, ts`}`]));
      }
    }
  if (dead) return object(v, declared(ts`const ${o} = ${v};`, o, body), mode, p, node.typeAsserted);
  for (const name of node.extraRequired)
    append(body, ts`if (${readProperty(o, name)} === undefined) {`, missing(mode, p, name, o), ts`}`);
  append(body, compileCounts(ctx, node, o, p, at, mode));
  const loop =
    openCheck || node.additionalProperties !== true || patterns.length > 0 || node.propertyNames !== undefined;
  if (loop) {
    const keys = compileKeys(ctx, node, o, p, at, mode, open);
    if (counting) {
      const n = ctx.local("n", at);
      append(
        body,
        ts`let ${n} = 0;`,
        // The key is not read: the loop only counts (a name starting with `_` may go unused).
        ts`for (const _ in ${o}) ${n}++;`,
        ts`if (${n} !== ${node.properties.length > 0 ? c : new Code("0")}) {`,
        keys,
        ts`}`,
      );
    } else append(body, keys);
  }
  return object(v, declared(ts`const ${o} = ${v};`, o, body), mode, p, node.typeAsserted);
}

/**
 * How many branches one generated function may hold. TypeScript follows a variable's type back
 * through every branch above its use, and gives up (TS2563, "too large for control flow
 * analysis") at a depth of 2,000: the object walkers of googleapis.com/contentwarehouse's largest
 * schemas went past it (1,070 and 1,356 branches; one of 744 passed). Objects whose checks weigh
 * more are walked in parts, one function each.
 */
const MAX_FUNCTION_WEIGHT = 600;

/** The branches (`if`s) of some compiled statements: what TypeScript's flow analysis walks through. */
function weight(values: readonly { value: readonly Code[] }[]): number {
  let total = 0;
  for (const { value } of values) for (const code of value) total += code.text.split("if (").length;
  return total;
}

/** Calls of the functions that check an object's properties part by part (on the same value and depth). */
function partCalls(
  ctx: ModuleContext,
  node: ObjectNode,
  values: readonly { property: Property; value: readonly Code[] }[],
  o: Code,
  p: Pointer,
  at: NamePath,
  mode: Mode,
): Code[] {
  return objectParts(node, values, mode).flatMap((partNode, index) => {
    const fn = ctx.helper(partNode, mode, at.child(`part${index + 1}`), CLOSED_PART);
    return mode === "check"
      ? [ts`if (!${fn}(${o}, d)) return false;`]
      : goOnAfter(ts`!${fn}(${o}, d, ${p.relativeExpression()}, e, all)`);
  });
}

/** A part leaves the keys it does not name to the whole object. */
const CLOSED_PART: OpenValues = { covered: new Set(), skip: true };

/** The parts of each object, per mode: one node each time, so that a module compiles each part once. */
const PARTS = new WeakMap<ObjectNode, Map<Mode, ObjectNode[]>>();

/** The object's properties in runs of at most `MAX_FUNCTION_WEIGHT` branches, each run an object of its own. */
function objectParts(node: ObjectNode, values: readonly { property: Property; value: readonly Code[] }[], mode: Mode) {
  let byMode = PARTS.get(node);
  if (byMode === undefined) PARTS.set(node, (byMode = new Map()));
  const known = byMode.get(mode);
  if (known !== undefined) return known;
  const runs: Property[][] = [];
  let run: Property[] = [];
  let runWeight = 0;
  for (const entry of values) {
    const propertyWeight = weight([entry]);
    if (run.length > 0 && runWeight + propertyWeight > MAX_FUNCTION_WEIGHT) {
      runs.push(run);
      run = [];
      runWeight = 0;
    }
    run.push(entry.property);
    runWeight += propertyWeight;
  }
  if (run.length > 0) runs.push(run);
  const parts = runs.map(
    (properties): ObjectNode => ({
      kind: "object",
      pointer: node.pointer,
      examples: [],
      nullable: false,
      properties,
      extraRequired: [],
      additionalProperties: true,
      typeAsserted: false,
    }),
  );
  byMode.set(mode, parts);
  return parts;
}

/** `if (rt.isObject(v)) { checks } else { failure }`; no failure when the schema gave no `type`. */
function object(v: Code, checks: Code[], mode: Mode, p: Pointer, asserted: boolean): Code[] {
  const failure = asserted ? fail(mode, p, "type", "object", v, "be an object") : [];
  if (checks.length === 0) return failure.length === 0 ? [] : require(ts`rt.isObject(${v})`, failure);
  if (failure.length === 0) return [ts`if (rt.isObject(${v})) {`, ...checks, ts`}`];
  return [ts`if (rt.isObject(${v})) {`, ...checks, ts`} else {`, ...failure, ts`}`];
}

function missing(mode: Mode, p: Pointer, name: string, o: Code): Code[] {
  return fail(mode, p, "required", name, o, `have the property ${JSON.stringify(name)}`);
}

function compileCounts(ctx: ModuleContext, node: ObjectNode, o: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  if (node.minProperties === undefined && node.maxProperties === undefined) return [];
  const count = ctx.local("size", at);
  const out: Code[] = [ts`const ${count} = Object.keys(${o}).length;`];
  if (node.minProperties !== undefined)
    append(
      out,
      require(ts`${count} >= ${node.minProperties}`, fail(
        mode,
        p,
        "minProperties",
        `at least ${node.minProperties} properties`,
        o,
        `have at least ${node.minProperties} properties`,
      )),
    );
  if (node.maxProperties !== undefined)
    append(
      out,
      require(ts`${count} <= ${node.maxProperties}`, fail(
        mode,
        p,
        "maxProperties",
        `at most ${node.maxProperties} properties`,
        o,
        `have at most ${node.maxProperties} properties`,
      )),
    );
  return out;
}

/** The loop over keys (`Object.keys` and an index): names, patterns and keys the schema does not name. */
function compileKeys(
  ctx: ModuleContext,
  node: ObjectNode,
  o: Code,
  p: Pointer,
  at: NamePath,
  mode: Mode,
  open: OpenValues | undefined,
): Code[] {
  const patterns = node.patternProperties ?? [];
  const additional = node.additionalProperties;
  const ks = ctx.local("ks", at);
  const i = ctx.local("i", at);
  const k = ctx.local("k", at);
  const loop: Code[] = [];
  const key = p.runtimeKey(k);
  // Integer `propertyNames` read a numeric-looking key as its number (see example-values/fits.ts propertyNameValue).
  const name =
    node.propertyNames !== undefined && resolveRefs(ctx.model, node.propertyNames).kind === "number"
      ? ts`rt.numericKey(${k})`
      : k;
  if (node.propertyNames !== undefined)
    append(loop, compileNode(ctx, node.propertyNames, name, key, at.child("name"), mode));
  const keyLoop = (): Code[] => [
    ts`const ${ks} = Object.keys(${o});`,
    ts`for (let ${i} = 0; ${i} < ${ks}.length; ${i}++) {`,
    ...declared(ts`const ${k} = ${ctx.syntax.defined(ts`${ks}[${i}]`)};`, k, loop),
    ts`}`,
  ];
  // `propertyNames` no name fits (check mode): any key fails the object, nothing else is looked at.
  if (terminates(loop)) return keyLoop();
  const matched = ctx.local("m", at);
  if (patterns.length > 0) {
    loop.push(ts`let ${matched} = false;`);
    for (const [index, { pattern, schema }] of patterns.entries()) {
      const patternAt = at.child(`pattern${index}`);
      const regex = ctx.regex(pattern, patternAt);
      // A key pattern JavaScript cannot run matches no key (the loader warned).
      if (regex === undefined) continue;
      const x = ctx.local("x", patternAt);
      append(
        loop,
        ts`if (${regex}.test(${k})) {`,
        ts`${matched} = true;`,
        declared(ts`const ${x} = ${o}[${k}];`, x, compileNode(ctx, schema, x, key, patternAt, mode)),
        ts`}`,
      );
    }
  }
  const declaredNames = node.properties.map((property) => property.wireName);
  if (additional === true && open !== undefined)
    for (const name of open.covered) if (!declaredNames.includes(name)) declaredNames.push(name);
  if (declaredNames.length > 0)
    // A line per name, none depending on its neighbours: a new property adds one line here.
    append(
      loop,
      ts`switch (${k}) {`,
      declaredNames.map((name) => ts`case ${name}: continue;`),
      ts`}`,
    );
  if (patterns.length > 0) loop.push(ts`if (${matched}) continue;`);
  if (additional === false) {
    append(
      loop,
      fail(
        mode,
        key,
        "additionalProperties",
        "no other property",
        ts`${o}[${k}]`,
        "not be here: the object allows no other property",
      ),
    );
  } else if (additional === true) {
    if (open?.skip !== true)
      append(
        loop,
        require(ts`rt.isJsonKind(${o}[${k}])`, fail(
          mode,
          key,
          "json",
          "JSON value",
          ts`rt.describe(${o}[${k}])`,
          "be a JSON value",
        )),
      );
  } else {
    const otherAt = at.child("other");
    const x = ctx.local("x", otherAt);
    append(loop, declared(ts`const ${x} = ${o}[${k}];`, x, compileNode(ctx, additional, x, key, otherAt, mode)));
  }
  return keyLoop();
}

/**
 * `type: [a, b]`: the value's type picks the member holding that type's keywords, and a value of
 * no listed type fails `type` (not `anyOf`), as the one schema it was written as would.
 */
function compileTypeUnion(ctx: ModuleContext, node: UnionNode, v: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  const out: Code[] = [];
  const names = node.members.map((member) =>
    member.kind === "number" ? (member.integer ? "integer" : "number") : member.kind,
  );
  node.members.forEach((member, index) => {
    // Without a `number` member, 1.5 goes to the `integer` one, which reports `type` and the
    // number keywords it fails, as Ajv does.
    const guard = names[index] === "integer" && !names.includes("number") ? "number" : names[index]!;
    out.push(
      ts`${new Code(index === 0 ? "if" : "} else if")} (${typeTest(guard, v)}) {`,
      ...compileNode(ctx, member, v, p, at.child(String(index)), mode),
    );
  });
  const expected = names.join(" or ");
  out.push(ts`} else {`, ...fail(mode, p, "type", expected, v, `be ${expected}`), ts`}`);
  return out;
}

/** A member of a union as a call: a plain `$ref` calls the named schema, anything else a helper. */
function memberCall(ctx: ModuleContext, member: SchemaNode, at: NamePath, mode: Mode): (v: Code, p: Pointer) => Code {
  if (member.kind === "ref" && !member.nullable && member.not === undefined) {
    ctx.call(member.target, mode);
    const names = walkerNames(named(ctx.model, member.target).typeName);
    if (mode === "check") return (v) => ts`${names.check}(${v}, d + 1)`;
    return (v, p) => {
      const step = p.step();
      return ts`${names.collect}(${v}, d + 1, ${step.via}, ${step.key}, e, all)`;
    };
  }
  const fn = ctx.helper(member, mode, at);
  return mode === "check" ? (v) => ts`${fn}(${v}, d)` : (v, p) => ts`${fn}(${v}, d, ${p.relativeExpression()}, e, all)`;
}

function compileUnion(ctx: ModuleContext, node: UnionNode, v: Code, p: Pointer, at: NamePath, mode: Mode): Code[] {
  if (node.byType === true) return compileTypeUnion(ctx, node, v, p, at, mode);
  const table = dispatchTable(ctx.model, node);
  if (table !== undefined) {
    // Every member requires the tag with values no other member has: the tag picks the only
    // member that can match, which is what oneOf and anyOf decide too, without trying the others.
    const o = ctx.local("o", at);
    const t = ctx.local("t", at);
    const cases: Code[] = [];
    for (const [index, { values, member }] of table.cases.entries()) {
      const call = memberCall(ctx, member, at.child(String(index)), mode)(o, p);
      append(cases, caseLabels(values));
      if (mode === "check") cases.push(ts`if (!${call}) return false;`, ts`break;`, ts`}`);
      else cases.push(ts`if (!${call}) {`, ts`if (!all) return false;`, ts`ok = false;`, ts`}`, ts`break;`, ts`}`);
    }
    const tags = shorten(table.cases.flatMap((entry) => entry.values.map((value) => JSON.stringify(value))).join(", "));
    return [
      ts`if (rt.isObject(${v})) {`,
      ts`const ${o} = ${v};`,
      ts`const ${t} = ${readProperty(o, table.tag)};`,
      ts`switch (${t}) {`,
      ...cases,
      ts`default: {`,
      // At the object (the tag may be missing): the pointer resolves, the name is in `expected`.
      ...fail(
        mode,
        p,
        "discriminator",
        `${JSON.stringify(table.tag)}: one of ${tags}`,
        t,
        `have the property ${JSON.stringify(table.tag)} set to one of ${tags}`,
      ),
      ts`}`,
      ts`}`,
      ts`} else {`,
      ...fail(mode, p, "type", "object", v, "be an object"),
      ts`}`,
    ];
  }
  const calls = node.members.map((member, index) => memberCall(ctx, member, at.child(String(index)), "check")(v, p));
  if (node.mode === "anyOf") {
    return require(joinOr(calls), fail(
      mode,
      p,
      "anyOf",
      `one of ${node.members.length} schemas`,
      v,
      `match at least one of ${node.members.length} schemas`,
    ));
  }
  const n = ctx.local("n", at);
  return [
    ts`let ${n} = 0;`,
    ...calls.map((call) => ts`if (${call}) ${n}++;`),
    ...require(ts`${n} === 1`, fail(
      mode,
      p,
      "oneOf",
      `exactly one of ${node.members.length} schemas`,
      v,
      `match exactly one of ${node.members.length} schemas`,
    )),
  ];
}

export { jsonCode };
