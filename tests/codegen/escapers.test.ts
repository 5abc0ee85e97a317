import fc from "fast-check";
import { ts as compiler } from "ts-morph";
import { describe, expect, it } from "vitest";
import {
  identifier,
  jsdoc,
  literalPropertyKey,
  propertyAccess,
  stringLiteral,
  templateLiteralText,
  ts,
  typePropertyKey,
} from "../../generator/codegen/code.js";

/** Parses TypeScript source and returns its statements and syntax errors. */
function parse(source: string): {
  statements: readonly compiler.Statement[];
  errors: number;
  file: compiler.SourceFile;
} {
  const file = compiler.createSourceFile("x.ts", source, compiler.ScriptTarget.ES2022, true);
  const errors = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  return { statements: file.statements, errors, file };
}

/** Strings that try hardest to break out: quotes, backslashes, template syntax, comment ends, line breaks, lone surrogates. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        "'",
        "`",
        "${",
        "}",
        "*/",
        "/*",
        "\\",
        "\n",
        "\r",
        "\u2028",
        "\u2029",
        "</script>",
        "@param",
        " ",
        "a",
        "\ud800",
        "|",
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join("")),
);

describe("stringLiteral: the one string-literal escaper", () => {
  it("any text becomes one string literal whose value is that text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { statements, errors } = parse(`export const value = ${stringLiteral(text)};\nexport const after = 1;\n`);
        expect(errors).toBe(0);
        expect(statements).toHaveLength(2);
        const declaration = (statements[0] as compiler.VariableStatement).declarationList.declarations[0]!;
        expect(compiler.isStringLiteral(declaration.initializer!)).toBe(true);
        expect((declaration.initializer as compiler.StringLiteral).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("the ts template turns every plain value into a literal, never into code", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const code = ts`export const value = ${text};\n`;
        const { statements, errors } = parse(`${code.text}export const after = 1;\n`);
        expect(errors).toBe(0);
        expect(statements).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe("templateLiteralText: text inside a template literal", () => {
  it("any text, around a substitution, stays text: the literal's pieces are exactly the texts", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (head, tail) => {
        const literal = `\`${templateLiteralText(head)}\${value}${templateLiteralText(tail)}\``;
        const { statements, errors } = parse(
          `export const value = 1;\nexport const text = ${literal};\nexport const after = 1;\n`,
        );
        expect(errors).toBe(0);
        expect(statements).toHaveLength(3);
        const declaration = (statements[1] as compiler.VariableStatement).declarationList.declarations[0]!;
        const template = declaration.initializer as compiler.TemplateExpression;
        expect(compiler.isTemplateExpression(template)).toBe(true);
        expect(template.head.text).toBe(head);
        expect(template.templateSpans).toHaveLength(1);
        expect(template.templateSpans[0]!.literal.text).toBe(tail);
      }),
      { numRuns: 500 },
    );
  });
});

describe("jsdoc: the one JSDoc escaper", () => {
  it("any text stays inside its comment: the code after it is exactly the code written", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (description, deprecation) => {
        const comment = jsdoc(description, [{ tag: "deprecated", text: deprecation }]).text;
        const { statements, errors, file } = parse(`${comment}export type A = string;\n`);
        expect(errors).toBe(0);
        expect(statements).toHaveLength(1);
        expect(compiler.isTypeAliasDeclaration(statements[0]!)).toBe(true);
        // No spec line can start a tag of its own: the only tag is the one asked for.
        const tags = compiler.getJSDocTags(statements[0]!).map((tag) => tag.tagName.text);
        expect(tags).toEqual(["deprecated"]);
        expect(file.text.indexOf("*/")).toBe(comment.lastIndexOf("*/"));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps line breaks as lines and escapes exactly what it must", () => {
    expect(jsdoc("a */ b\r\nc\u2028@tag d").text).toBe("/**\n * a *\\/ b\n * c\n * \\@tag d\n */\n");
    expect(jsdoc("  \n ").text).toBe("");
  });
});

describe("names", () => {
  it("identifier() refuses anything that is not a safe identifier", () => {
    for (const bad of ["", "1a", "a-b", "class", "default", "a b", "__proto__\u2028"])
      expect(() => identifier(bad)).toThrow();
    expect(identifier("ChatCompletionRequest").text).toBe("ChatCompletionRequest");
  });

  it("property keys are bare only when they are identifier names; __proto__ is computed in literals", () => {
    expect(typePropertyKey("frequencyPenalty").text).toBe("frequencyPenalty");
    expect(typePropertyKey("foo-bar").text).toBe('"foo-bar"');
    expect(typePropertyKey("default").text).toBe("default");
    expect(literalPropertyKey("__proto__").text).toBe('["__proto__"]');
    const literal = `({ ${literalPropertyKey("__proto__").text}: 1 })`;
    const value = new Function(`return ${literal};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
  });
});

/** Names as specs write them: identifiers, reserved words, and anything else. */
const names = fc.oneof(
  hostileText,
  fc.constantFrom("class", "default", "type", "__proto__", "constructor", "$ref", "_links", "a-b", "1a", "", "é"),
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,8}$/),
);

/** The text of a property name node: an identifier's, a string literal's, or a computed string's. */
function nameText(name: compiler.PropertyName): string {
  if (compiler.isComputedPropertyName(name)) return (name.expression as compiler.StringLiteral).text;
  return (name as compiler.Identifier | compiler.StringLiteral).text;
}

describe("names: identifier, property key and access, decided in one place", () => {
  it("identifier() either refuses a name or makes it a binding that parses as exactly that name", () => {
    fc.assert(
      fc.property(names, (name) => {
        let code: string;
        try {
          code = identifier(name).text;
        } catch {
          return;
        }
        const { statements, errors } = parse(`export const ${code} = 1;\nexport type ${code}T = 1;\n`);
        expect(errors).toBe(0);
        expect(statements).toHaveLength(2);
        const declaration = (statements[0] as compiler.VariableStatement).declarationList.declarations[0]!;
        expect((declaration.name as compiler.Identifier).text).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it("a key in a type and in an object literal names exactly that property, and is one member", () => {
    fc.assert(
      fc.property(names, (name) => {
        const { statements, errors } = parse(
          `export type T = { ${typePropertyKey(name).text}: 1; b: 2 };\nexport const v = { ${literalPropertyKey(name).text}: 1, b: 2 };\n`,
        );
        expect(errors).toBe(0);
        const type = (statements[0] as compiler.TypeAliasDeclaration).type as compiler.TypeLiteralNode;
        expect(type.members.map((member) => nameText(member.name!))).toEqual([name, "b"]);
        const declaration = (statements[1] as compiler.VariableStatement).declarationList.declarations[0]!;
        const literal = declaration.initializer as compiler.ObjectLiteralExpression;
        expect(literal.properties.map((property) => nameText(property.name!))).toEqual([name, "b"]);
        // Only the computed form makes `__proto__` an own property rather than the prototype.
        const value = new Function(`return { ${literalPropertyKey(name).text}: 1 };`)() as object;
        expect(Object.hasOwn(value, name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("propertyAccess reads exactly that property", () => {
    fc.assert(
      fc.property(names, (name) => {
        const read = new Function("o", `return ${propertyAccess(ts`o`, name).text};`) as (o: object) => unknown;
        expect(read({ [name]: 42 })).toBe(42);
      }),
      { numRuns: 500 },
    );
  });
});
