import { Code, identifier, ts } from "../../codegen/code.js";
import { filledDefault } from "../../example-values/sdk-default.js";
import type {
  ArrayNode,
  JsonValue,
  NamedSchema,
  ObjectNode,
  Property,
  SchemaNode,
  UnionNode,
} from "../../model/model.js";
import { flattenObject, named, openValues } from "../../model/view.js";
import { walkerNames } from "./compile.js";
import type { ModuleContext } from "./module-context.js";
import { NamePath } from "./name-path.js";
import { reindent } from "./reindent.js";
import type { TypeSyntax } from "./type-syntax.js";

/** Which way a converter goes: SDK (camelCase) → wire (snake_case), or back. */
export type Direction = "toWire" | "fromWire";

/**
 * The exported converter of a named schema, without validation (other modules call it for
 * `$ref`s). Its prefix is no other export prefix plus a capital (`toWireValue` would be
 * `toWire` + `Value…`), so that names of two schemas never meet.
 */
export function converterName(typeName: string, direction: Direction): Code {
  return identifier(`${direction === "toWire" ? "wireOf" : "sdkOf"}${typeName}`);
}

/**
 * Compiles the SDK ↔ wire converters of one named schema. A converter copies a value, renaming
 * properties (`Property.sdkName` ↔ `wireName`) and building new arrays and plain objects that
 * have own properties only (`__proto__` becomes an own key, never the prototype). `allOf`s of
 * objects convert as their merged object; a union converts as its first member whose wire
 * validator accepts the (converted) value. Helpers are named after the schema path they convert
 * (`wire_messages_item`), as the validators' are.
 */
export class WireMapping {
  readonly helpers: Code[] = [];
  /** Named schemas whose converters this module calls. */
  readonly calls = new Set<string>();
  private readonly names = new Map<SchemaNode, Map<Direction, string>>();

  constructor(private readonly ctx: ModuleContext) {}

  private get syntax(): TypeSyntax {
    return this.ctx.syntax;
  }

  /** The two exported converters of the module's schema. */
  converters(schema: NamedSchema): Code[] {
    return (["toWire", "fromWire"] as const).map((direction) =>
      this.fn(converterName(schema.typeName, direction), schema.schema, direction, true, NamePath.ROOT),
    );
  }

  /** An expression converting the value in `v`, which sits at `at` in the schema. */
  private convert(node: SchemaNode, direction: Direction, v: Code, at: NamePath): Code {
    switch (node.kind) {
      case "any":
        return ts`rt.copyJson(${v})`;
      case "ref": {
        if (node.target !== this.ctx.schema.key) this.calls.add(node.target);
        return ts`${converterName(named(this.ctx.model, node.target).typeName, direction)}(${v})`;
      }
      case "array":
      case "object":
      case "union":
        return ts`${this.helper(node, direction, at)}(${v})`;
      case "allOf":
        return flattenObject(this.ctx.model, node)
          ? ts`${this.helper(node, direction, at)}(${v})`
          : ts`rt.copyJson(${v})`;
      default:
        // Scalars and enums are the same in both forms.
        return v;
    }
  }

  private helper(node: SchemaNode, direction: Direction, at: NamePath): Code {
    let byDirection = this.names.get(node);
    if (!byDirection) this.names.set(node, (byDirection = new Map()));
    const known = byDirection.get(direction);
    if (known !== undefined) return identifier(known);
    const name = this.ctx.names.fresh(at.name(direction === "toWire" ? "wire" : "sdk"));
    byDirection.set(direction, name.text);
    this.helpers.push(this.fn(name, node, direction, false, at));
    return name;
  }

  private fn(name: Code, node: SchemaNode, direction: Direction, exported: boolean, at: NamePath): Code {
    const head = new Code(exported ? "export function" : "function");
    const body = this.body(node, direction, at);
    return new Code(
      reindent(
        [
          ts`${head} ${name}(${this.syntax.parameter(new Code("v"), ts`unknown`)})${this.syntax.annotation(ts`unknown`)} {`,
          ...body,
          ts`}`,
        ]
          .map((line) => line.text)
          .join("\n"),
      ),
    );
  }

  private body(node: SchemaNode, direction: Direction, at: NamePath): Code[] {
    switch (node.kind) {
      case "array":
        return this.arrayBody(node, direction, at);
      case "object":
        return this.objectBody(node.properties, openValues(node), direction, at);
      case "allOf": {
        const flat = flattenObject(this.ctx.model, node);
        if (flat) return this.objectBody(flat.properties, flat.additionalProperties, direction, at);
        return [ts`return ${this.convert(node, direction, new Code("v"), at)};`];
      }
      case "union":
        return this.unionBody(node, direction, at);
      default:
        return [ts`return ${this.convert(node, direction, new Code("v"), at)};`];
    }
  }

  private arrayBody(node: ArrayNode, direction: Direction, at: NamePath): Code[] {
    const prefix = node.prefixItems ?? [];
    const item = new Code("x");
    const choose: Code[] = prefix.map(
      (schema, i) =>
        ts`if (i === ${i}) out.push(${this.convert(schema, direction, item, at.child(`item${i}`))});\nelse `,
    );
    return [
      ts`if (!Array.isArray(v)) return v;`,
      ts`const a${this.syntax.annotation(ts`readonly unknown[]`)} = v;`,
      ts`const out${this.syntax.annotation(ts`unknown[]`)} = [];`,
      ts`for (let i = 0; i < a.length; i++) {`,
      ts`const x = a[i];`,
      ts`${choose}out.push(${this.convert(node.items, direction, item, at.child("item"))});`,
      ts`}`,
      ts`return out;`,
    ];
  }

  private objectBody(
    properties: readonly Property[],
    additional: ObjectNode["additionalProperties"],
    direction: Direction,
    at: NamePath,
  ): Code[] {
    const x = new Code("x");
    const cases = properties.flatMap((property) => {
      const from = direction === "toWire" ? property.sdkName : property.wireName;
      const to = direction === "toWire" ? property.wireName : property.sdkName;
      const value = this.convert(property.schema, direction, x, at.child(property.wireName));
      // A name Object.prototype has (`constructor`, `toString`, `__proto__`) is typed by it on a
      // Record and, for `__proto__`, would set the prototype: such names are stored by setOwn.
      // Others with brackets, as a record's keys are written under `noPropertyAccessFromIndexSignature`.
      const store = to in Object.prototype ? ts`rt.setOwn(out, ${to}, ${value});` : ts`out[${to}] = ${value};`;
      return [ts`case ${from}: {`, store, ts`continue;`, ts`}`];
    });
    const other =
      typeof additional === "object"
        ? this.convert(additional, direction, x, at.child("other"))
        : ts`rt.copyJson(${x})`;
    // The SDK type leaves out a required property that has a default; the wire form gets the default.
    const defaults =
      direction === "fromWire"
        ? []
        : properties.flatMap((property) => {
            const filled = filledDefault(this.ctx.model, property);
            if (filled === undefined) return [];
            const read = ts`rt.own(out, ${property.wireName})`;
            return [
              ts`if (${read} === undefined) rt.setOwn(out, ${property.wireName}, ${jsonExpression(filled.value)});`,
            ];
          });
    return [
      ts`if (!rt.isObject(v)) return v;`,
      ts`const out${this.syntax.annotation(ts`Record<string, unknown>`)} = {};`,
      ts`const ks = Object.keys(v);`,
      ts`for (let i = 0; i < ks.length; i++) {`,
      ts`const k = ${this.syntax.defined(ts`ks[i]`)};`,
      ts`const x = v[k];`,
      ts`if (x === undefined) continue;`,
      ...(cases.length > 0 ? [ts`switch (k) {`, ...cases, ts`}`] : []),
      ts`rt.setOwn(out, k, ${other});`,
      ts`}`,
      ...defaults,
      ts`return out;`,
    ];
  }

  private unionBody(node: UnionNode, direction: Direction, at: NamePath): Code[] {
    const out: Code[] = [];
    node.members.forEach((member, i) => {
      const memberAt = at.child(String(i));
      const check = this.memberCheck(member, memberAt);
      if (direction === "fromWire") {
        out.push(ts`if (${check}(v, 0)) return ${this.convert(member, direction, new Code("v"), memberAt)};`);
      } else {
        const w = identifier(`m${i}`);
        out.push(
          ts`const ${w} = ${this.convert(member, direction, new Code("v"), memberAt)};`,
          ts`if (${check}(${w}, 0)) return ${w};`,
        );
      }
    });
    out.push(ts`return rt.copyJson(v);`);
    return out;
  }

  /** The wire check of a union member: the named schema's, or a helper of the validators. */
  private memberCheck(member: SchemaNode, at: NamePath): Code {
    if (member.kind === "ref" && !member.nullable && member.not === undefined) {
      this.ctx.call(member.target, "check");
      return walkerNames(named(this.ctx.model, member.target).typeName).check;
    }
    return this.ctx.helper(member, "check", at);
  }
}

/** A JSON value as an expression that builds a fresh copy; objects through `JSON.parse`, so `__proto__` stays an own key. */
function jsonExpression(value: JsonValue): Code {
  if (value === null || typeof value !== "object") return ts`${value}`;
  return ts`JSON.parse(${JSON.stringify(value)})`;
}
