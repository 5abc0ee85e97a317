import { Code, joinCode, ts } from "../../codegen/code.js";

/** What a validators module is written in. */
export type Language = "typescript" | "javascript";

const NOTHING = new Code("");

/**
 * The parts of a validators module that only TypeScript has: annotations, type arguments, casts,
 * non-null assertions and type declarations. In TypeScript (what `generate` writes) they are
 * written; in JavaScript (what `specgen validate` imports, with no compiler to load) they are left
 * out, which is the same module with its types erased: tests/validators/javascript.test.ts holds
 * the two equal, statement for statement.
 */
export class TypeSyntax {
  static readonly TYPESCRIPT = new TypeSyntax("typescript");
  static readonly JAVASCRIPT = new TypeSyntax("javascript");

  private constructor(readonly language: Language) {}

  static of(language: Language): TypeSyntax {
    return language === "typescript" ? TypeSyntax.TYPESCRIPT : TypeSyntax.JAVASCRIPT;
  }

  get typed(): boolean {
    return this.language === "typescript";
  }

  /** The file extension of a module: `.ts` or `.js`. */
  get extension(): string {
    return this.typed ? ".ts" : ".js";
  }

  /** `: T` after a binding or a parameter list. */
  annotation(type: Code): Code {
    return this.typed ? ts`: ${type}` : NOTHING;
  }

  /** A parameter with its type: `name: T`, or `name?: T` when optional. */
  parameter(name: Code, type: Code, optional = false): Code {
    if (!this.typed) return name;
    return optional ? ts`${name}?: ${type}` : ts`${name}: ${type}`;
  }

  /** `<A, B>` after a generic function or constructor. */
  typeArguments(...types: Code[]): Code {
    return this.typed ? ts`<${joinCode(types, ", ")}>` : NOTHING;
  }

  /** `expression as T`, for an expression that needs no parentheses around it. */
  cast(expression: Code, type: Code): Code {
    return this.typed ? ts`${expression} as ${type}` : expression;
  }

  /** `expression!`: a value the code knows is there. */
  defined(expression: Code): Code {
    return this.typed ? ts`${expression}!` : expression;
  }

  /** A declaration only types have (`export type`, `import type`): nothing in JavaScript. */
  typesOnly(declaration: Code): Code {
    return this.typed ? declaration : NOTHING;
  }
}
