import type { OpenValues } from "./compile.js";
import type { FormatMode } from "./formats.js";
import { identifier, ts, type Code } from "../../codegen/code.js";
import { compilePattern } from "../../pattern/compile.js";
import type { JsonValue, Model, NamedSchema, SchemaNode } from "../../model/model.js";
import { NameScope, type NamePath } from "./name-path.js";
import { TypeSyntax } from "./type-syntax.js";

/** The two walkers compiled from every schema: a boolean check, and an error collector. */
export type Mode = "check" | "collect";

/**
 * What one generated module accumulates while its schema is compiled: module-level constants
 * (regular expressions, sets, JSON constants), helper functions for union members and `not`,
 * and the other modules it calls. Every name comes from the schema path it is about
 * (`NamePath`), so output is stable and a change to one property renames nothing else.
 */
export class ModuleContext {
  readonly constants: Code[] = [];
  readonly helpers: Code[] = [];
  /** Keys of the named schemas whose check/collect functions this module calls, and which of the two. */
  readonly calls = new Map<string, Set<Mode>>();
  /** Module-level names: constants, helpers, converters. */
  readonly names = new NameScope();
  /** The generated functions being compiled, innermost last (a helper is compiled inside another). */
  private readonly functions: { readonly root: NamePath; readonly locals: NameScope }[] = [];
  private readonly helperNames = new Map<SchemaNode, Map<Mode, string>>();
  private readonly constantNames = new Map<string, Code>();

  constructor(
    readonly model: Model,
    readonly schema: NamedSchema,
    /** Compiles a helper function's body; set by the compiler (it and this context call each other). */
    private readonly compileHelper: (
      context: ModuleContext,
      node: SchemaNode,
      mode: Mode,
      name: string,
      at: NamePath,
      open: OpenValues | undefined,
    ) => Code,
    /** Which of ajv-formats' modes the format checks follow. */
    readonly formats: FormatMode = "full",
    /** TypeScript, or JavaScript (the same code without its types). */
    readonly syntax: TypeSyntax = TypeSyntax.TYPESCRIPT,
  ) {}

  /** Compiles one generated function whose value sits at `root`: its locals are named from there. */
  inFunction<T>(root: NamePath, compile: () => T): T {
    this.functions.push({ root, locals: new NameScope() });
    try {
      return compile();
    } finally {
      this.functions.pop();
    }
  }

  /** A local of the function being compiled about the value at `at`: `x_messages_item`, `o`. */
  local(prefix: string, at: NamePath): Code {
    const fn = this.functions.at(-1);
    if (fn === undefined) throw new Error("a local outside any generated function");
    return fn.locals.fresh(at.below(fn.root).name(prefix));
  }

  /** Records a call of a named schema's walker in `mode`: its module imports that walker. */
  call(key: string, mode: Mode): void {
    if (key === this.schema.key) return;
    let modes = this.calls.get(key);
    if (modes === undefined) this.calls.set(key, (modes = new Set()));
    modes.add(mode);
  }

  /**
   * A module-level matcher of a spec pattern (`rt.Pattern`: the user may plug in another engine),
   * with the `u` flag as Ajv compiles it, or as the loader read a pattern in another dialect.
   * `undefined` when JavaScript cannot run the pattern: the loader warned, and it is not checked.
   */
  regex(pattern: string, at: NamePath): Code | undefined {
    const compiled = compilePattern(pattern);
    if (!compiled.ok) return undefined;
    return this.constant(
      `pattern ${pattern}`,
      at.name("pattern"),
      (name) => ts`const ${name} = new rt.Pattern(${compiled.source}, ${compiled.flags});\n`,
    );
  }

  /** A module-level `Set` of primitive values. */
  set(values: readonly (string | number | boolean)[], at: NamePath): Code {
    const json = jsonCode(values);
    return this.constant(
      `set ${json.text}`,
      at.name("values"),
      (name) => ts`const ${name} = new Set${this.syntax.typeArguments(ts`unknown`)}(${json});\n`,
    );
  }

  /** A module-level JSON constant (an object or array of an `enum`/`const`). */
  json(value: JsonValue, at: NamePath): Code {
    const json = jsonCode(value);
    return this.constant(
      `json ${json.text}`,
      at.name("json"),
      (name) => ts`const ${name}${this.syntax.annotation(ts`unknown`)} = ${json};\n`,
    );
  }

  /** One constant per distinct value, named after the first place that needs it. */
  private constant(key: string, base: string, declare: (name: Code) => Code): Code {
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = this.names.fresh(base);
    this.constantNames.set(key, name);
    this.constants.push(declare(name));
    return name;
  }

  /**
   * The name of a module-level function checking (or collecting the errors of) the node at `at`;
   * `open` as `compileNode` takes it (a part of an object leaves the keys it does not name alone).
   */
  helper(node: SchemaNode, mode: Mode, at: NamePath, open?: OpenValues): Code {
    let byMode = this.helperNames.get(node);
    if (!byMode) this.helperNames.set(node, (byMode = new Map()));
    const known = byMode.get(mode);
    if (known !== undefined) return identifier(known);
    const name = this.names.fresh(at.name(mode)).text;
    byMode.set(mode, name);
    this.helpers.push(this.compileHelper(this, node, mode, name, at, open));
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
