import type { FormatMode } from "./formats.js";
import { identifier, ts, type Code } from "../../codegen/code.js";
import { compilePattern } from "../../pattern/compile.js";
import type { JsonValue, Model, NamedSchema, SchemaNode } from "../../model/types.js";

/** The two walkers compiled from every schema: a boolean check, and an error collector. */
export type Mode = "check" | "collect";

/**
 * What one generated module accumulates while its schema is compiled: module-level constants
 * (regular expressions, sets, JSON constants), helper functions for union members and `not`,
 * and the other modules it calls. Names are numbered in compile order, so output is stable.
 */
export class ModuleContext {
  readonly constants: Code[] = [];
  readonly helpers: Code[] = [];
  /** Keys of the named schemas whose check/collect functions this module calls. */
  readonly calls = new Set<string>();
  private counter = 0;
  private readonly helperNames = new Map<SchemaNode, Map<Mode, string>>();
  private readonly regexNames = new Map<string, string>();

  constructor(
    readonly model: Model,
    readonly schema: NamedSchema,
    /** Compiles a helper function's body; set by the compiler (it and this context call each other). */
    private readonly compileHelper: (context: ModuleContext, node: SchemaNode, mode: Mode, name: string) => Code,
    /** Which of ajv-formats' modes the format checks follow. */
    readonly formats: FormatMode = "full",
  ) {}

  /** A fresh local name: `x3`, `o4`. */
  local(prefix: string): Code {
    return identifier(`${prefix}${++this.counter}`);
  }

  /**
   * A module-level matcher of a spec pattern (`rt.Pattern`: the user may plug in another engine),
   * with the `u` flag as Ajv compiles it, or as the loader read a pattern in another dialect.
   * `undefined` when JavaScript cannot run the pattern: the loader warned, and it is not checked.
   */
  regex(pattern: string): Code | undefined {
    const known = this.regexNames.get(pattern);
    if (known !== undefined) return identifier(known);
    const compiled = compilePattern(pattern);
    if (!compiled.ok) return undefined;
    const name = this.local("R").text;
    this.regexNames.set(pattern, name);
    const code = identifier(name);
    this.constants.push(ts`const ${code} = new rt.Pattern(${compiled.source}, ${compiled.flags});\n`);
    return code;
  }

  /** A module-level `Set` of primitive values. */
  set(values: readonly (string | number | boolean)[]): Code {
    const name = this.local("S");
    this.constants.push(ts`const ${name} = new Set<unknown>(${jsonCode(values)});\n`);
    return name;
  }

  /** A module-level JSON constant (an object or array of an `enum`/`const`). */
  json(value: JsonValue): Code {
    const name = this.local("K");
    this.constants.push(ts`const ${name}: unknown = ${jsonCode(value)};\n`);
    return name;
  }

  /** The name of a module-level function checking (or collecting the errors of) one node. */
  helper(node: SchemaNode, mode: Mode): Code {
    let byMode = this.helperNames.get(node);
    if (!byMode) this.helperNames.set(node, (byMode = new Map()));
    const known = byMode.get(mode);
    if (known !== undefined) return identifier(known);
    const name = this.local(mode === "check" ? "c" : "e").text;
    byMode.set(mode, name);
    this.helpers.push(this.compileHelper(this, node, mode, name));
    return identifier(name);
  }
}

/**
 * A JSON value as an expression: `JSON.parse("...")` keeps every key an own data property
 * (`__proto__` included) and every string escaped, whatever the spec wrote.
 */
export function jsonCode(value: JsonValue | readonly JsonValue[]): Code {
  return ts`JSON.parse(${JSON.stringify(value)})`;
}
