import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ts as compiler } from "ts-morph";
import { describe, expect, it } from "vitest";

const GENERATOR = path.resolve(import.meta.dirname, "../../generator");

/**
 * The arguments of `new Code(…)` outside generator/codegen/ that are trusted fragments without
 * being string constants, each with the reason. Anything else that becomes code goes through
 * `ts`, `identifier()`, a property-key function or `joinCode`.
 */
const TRUSTED_FRAGMENTS: Record<string, Record<string, string>> = {
  "emit/models/type-expression.ts": {
    indent: "white space the emitter builds from two-space steps",
    optional: 'the constant " | undefined", or nothing',
  },
  "emit/validators/schema-module.ts": {
    head: 'the constant "export function" or "function"',
    'list.join(", ")': "export names made by identifier(), a type-only one after `type `",
  },
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "codegen" && folder === GENERATOR ? [] : sourceFiles(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

/** A string constant, or a choice between two (`cond ? "if" : "} else if"`). */
function isConstant(node: compiler.Expression): boolean {
  if (compiler.isStringLiteral(node) || compiler.isNoSubstitutionTemplateLiteral(node)) return true;
  return compiler.isConditionalExpression(node) && isConstant(node.whenTrue) && isConstant(node.whenFalse);
}

/** Every `new Code(argument)` of a file whose argument is neither a constant nor re-indented code. */
function uncheckedSites(file: string, text: string): string[] {
  const source = compiler.createSourceFile(file, text, compiler.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: compiler.Node): void => {
    if (compiler.isNewExpression(node) && compiler.isIdentifier(node.expression) && node.expression.text === "Code") {
      const argument = node.arguments?.[0];
      const reindented =
        argument !== undefined &&
        compiler.isCallExpression(argument) &&
        compiler.isIdentifier(argument.expression) &&
        argument.expression.text === "reindent";
      if (argument === undefined || !(isConstant(argument) || reindented)) found.push(argument?.getText() ?? "");
    }
    compiler.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no name reaches generated code unchecked", () => {
  it("outside generator/codegen/, new Code(…) wraps only constants, re-indented code or the trusted fragments listed", () => {
    const unexpected: string[] = [];
    for (const file of sourceFiles(GENERATOR)) {
      const relative = path.relative(GENERATOR, file);
      const trusted = TRUSTED_FRAGMENTS[relative] ?? {};
      for (const argument of uncheckedSites(file, readFileSync(file, "utf8")))
        if (!(argument in trusted)) unexpected.push(`${relative}: new Code(${argument})`);
    }
    expect(unexpected).toEqual([]);
  });

  it("tells a name wrapped unchecked from constants and re-indented code", () => {
    const probe = [
      'const a = new Code("v");',
      'const b = new Code(exported ? "export function" : "function");',
      "const c = new Code(reindent(lines));",
      "const d = new Code(schema.typeName);",
      "const e = new Code(`is${typeName}`);",
    ].join("\n");
    expect(uncheckedSites("probe.ts", probe)).toEqual(["schema.typeName", "`is${typeName}`"]);
  });
});
