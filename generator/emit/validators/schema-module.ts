import type { FormatMode } from "./formats.js";
import { Code, identifier, joinCode, jsdoc, ts } from "../../codegen/code.js";
import type { Model, NamedSchema, SchemaNode } from "../../model/model.js";
import { named } from "../../model/view.js";
import { typeExpression, type TypeScope } from "../models/type-expression.js";
import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { compileNode, mustMessage, walkerNames, type OpenValues } from "./compile.js";
import { ModuleContext, type Mode } from "./module-context.js";
import { mentions } from "./mentions.js";
import { NamePath } from "./name-path.js";
import { Pointer } from "./pointer.js";
import { terminates } from "./reachability.js";
import { reindent } from "./reindent.js";
import { converterName, WireMapping } from "./wire-mapping.js";
import { MAX_DEPTH, RUNTIME_MODULE } from "./runtime.js";
import { TypeSyntax, type Language } from "./type-syntax.js";

/** Names a generated validators module exports for schema `T`. */
export function exportNames(typeName: string): ExportNames {
  return {
    wire: identifier(`${typeName}Wire`),
    is: identifier(`is${typeName}`),
    validate: identifier(`validate${typeName}`),
    toWire: identifier(`toWire${typeName}`),
    fromWire: identifier(`fromWire${typeName}`),
    wireSchema: identifier(`wireSchema${typeName}`),
    sdkSchema: identifier(`sdkSchema${typeName}`),
  };
}

/**
 * Every export is a prefix and the PascalCase type name (or the name and `Wire`), and no prefix
 * is another one plus a capital, so the exports of two schemas never share a name.
 */
interface ExportNames {
  readonly wire: Code;
  readonly is: Code;
  readonly validate: Code;
  readonly toWire: Code;
  readonly fromWire: Code;
  /** Standard Schema: wire JSON in, the validated wire value out. */
  readonly wireSchema: Code;
  /** Standard Schema: wire JSON in, the SDK value out. */
  readonly sdkSchema: Code;
}

/**
 * One module per named schema: its wire type, `isX` (a zero-allocation boolean check that stops
 * at the first failure) and `validateX` (for the first error, `isX` and then, for a value it
 * refuses, the error collector; for every error, the collector alone, which allocates nothing
 * either until it meets an error), plus the `checkX`/`collectX` walkers other modules call for `$ref`s.
 * In JavaScript, the same module without its types (`<stem>.js`).
 */
export function emitValidatorModule(
  model: Model,
  schema: NamedSchema,
  folder: string,
  formats: FormatMode = "full",
  language: Language = "typescript",
): GeneratedFile {
  const syntax = TypeSyntax.of(language);
  const ctx = new ModuleContext(model, schema, compileHelper, formats, syntax);
  const names = walkerNames(schema.typeName);
  const exported = exportNames(schema.typeName);
  const check = walker(ctx, schema.schema, "check", names.check, true, NamePath.ROOT);
  const collect = walker(ctx, schema.schema, "collect", names.collect, true, NamePath.ROOT);
  const typeScope: TypeScope = { model, imports: new Set(), wire: true, self: schema.key };
  // The wire type is the one part of a module that JavaScript drops whole: not even built.
  const wireType = syntax.typed ? typeExpression(schema.schema, typeScope) : undefined;
  const mapping = new WireMapping(ctx);
  const converters = mapping.converters(schema);

  const uses = new Map<string, Set<string>>();
  const use = (key: string, name: string): void => {
    if (key === schema.key) return;
    if (!uses.has(key)) uses.set(key, new Set());
    uses.get(key)!.add(name);
  };
  for (const [key, modes] of ctx.calls) {
    const target = walkerNames(named(model, key).typeName);
    for (const mode of modes) use(key, target[mode].text);
  }
  for (const key of typeScope.imports) use(key, `type ${exportNames(named(model, key).typeName).wire.text}`);
  for (const key of mapping.calls) {
    const typeName = named(model, key).typeName;
    use(key, converterName(typeName, "toWire").text);
    use(key, converterName(typeName, "fromWire").text);
  }

  // `_` appears in no generated type name, so this alias meets no imported `XWire`.
  const sdk = identifier(`Sdk_${schema.typeName}`);
  const doc = jsdoc(
    schema.schema.description ?? schema.schema.title,
    schema.schema.deprecated ? [{ tag: "deprecated" }] : [],
  );
  const value = new Code("value");
  const json = new Code("json");
  const options = syntax.parameter(new Code("options"), ts`rt.ValidateOptions`, true);
  const unknown = ts`unknown`;
  const wireResult = syntax.annotation(ts`rt.ValidationResult<${exported.wire}>`);
  const sections: Code[] = [
    ts`import * as rt from ${`./${RUNTIME_MODULE}.js`};\n`,
    ...importLines(model, uses),
    syntax.typesOnly(
      ts`import type { ${identifier(schema.typeName)} as ${sdk} } from ${`../models/components/${schema.fileStem}.js`};\n`,
    ),
    ts`\n`,
    ...(ctx.constants.length > 0 ? [...ctx.constants, ts`\n`] : []),
    ...(wireType === undefined ? [] : [ts`${doc}export type ${exported.wire} = ${wireType};\n\n`]),
    ts`/** True when \`value\` is a valid ${identifier(schema.typeName)} in wire form. Stops at the first failure; allocates nothing. */\n`,
    ts`export function ${exported.is}(${syntax.parameter(value, unknown)})${syntax.annotation(ts`value is ${exported.wire}`)} {\n  return ${names.check}(value, 0);\n}\n\n`,
    ts`/**\n * Validates a ${identifier(schema.typeName)} in wire form: the value, or the first error, or every error (\`allErrors\`).\n`,
    ts` * For the first error, the allocation-free check runs first and only a value it refuses is walked\n`,
    ts` * again, to say why: most values a gate sees are valid. Every error is one walk, which builds an\n`,
    ts` * error (and its pointer) only where the value fails.\n */\n`,
    ts`export function ${exported.validate}(${syntax.parameter(value, unknown)}, ${options})${wireResult} {\n`,
    ts`  const all = options?.allErrors === true;\n`,
    ts`  if (!all && ${names.check}(value, 0)) return { ok: true, value: ${syntax.cast(value, exported.wire)} };\n`,
    ts`  const errors${syntax.annotation(ts`rt.ValidationError[]`)} = [];\n`,
    ts`  if (${names.collect}(value, 0, "", undefined, errors, all)) return { ok: true, value: ${syntax.cast(value, exported.wire)} };\n`,
    ts`  if (errors.length === 0) rt.report(errors, "", "schema", ${schema.typeName}, value, ${mustMessage(`match ${schema.typeName}`)});\n`,
    ts`  return { ok: false, errors };\n}\n\n`,
    check,
    ts`\n`,
    collect,
    ...ctx.helpers.flatMap((helper) => [ts`\n`, helper]),
    ts`\n/** SDK form (camelCase) to wire form (snake_case JSON), validated. */\n`,
    ts`export function ${exported.toWire}(${syntax.parameter(value, sdk)}, ${options})${wireResult} {\n`,
    ts`  const fault = rt.jsonFault(value);\n`,
    ts`  if (fault) return fault;\n`,
    ts`  return ${exported.validate}(${converterName(schema.typeName, "toWire")}(value), options);\n}\n\n`,
    ts`/**\n * Wire form (JSON) to SDK form: validated first, then copied into new objects with camelCase names\n * and own properties only. Free-form values are copied too, so they must be JSON all the way down.\n */\n`,
    ts`export function ${exported.fromWire}(${syntax.parameter(json, unknown)}, ${options})${syntax.annotation(ts`rt.ValidationResult<${sdk}>`)} {\n`,
    ts`  const checked = ${exported.validate}(json, options);\n`,
    ts`  if (!checked.ok) return checked;\n`,
    ts`  const fault = rt.jsonFault(json);\n`,
    ts`  if (fault) return fault;\n`,
    ts`  return { ok: true, value: ${syntax.cast(ts`${converterName(schema.typeName, "fromWire")}(json)`, sdk)} };\n}\n`,
    ts`\n/** ${identifier(schema.typeName)} as a Standard Schema (https://standardschema.dev): wire JSON in, the validated wire value out, every error an issue. */\n`,
    ts`export const ${exported.wireSchema}${syntax.annotation(ts`rt.StandardSchema<${exported.wire}, ${exported.wire}>`)} = rt.standardSchema(${exported.validate});\n\n`,
    ts`/** ${identifier(schema.typeName)} as a Standard Schema: wire JSON in, the SDK (camelCase) value out, as \`${exported.fromWire}\` gives it. */\n`,
    ts`export const ${exported.sdkSchema}${syntax.annotation(ts`rt.StandardSchema<${exported.wire}, ${sdk}>`)} = rt.standardSchema(${exported.fromWire});\n`,
    ...converters.flatMap((converter) => [ts`\n`, converter]),
    ...mapping.helpers.flatMap((helper) => [ts`\n`, helper]),
  ];
  return {
    path: `${folder}/${schema.fileStem}${syntax.extension}`,
    contents: `${GENERATED_HEADER}\n${joinCode(sections, "").text}`,
  };
}

function importLines(model: Model, uses: ReadonlyMap<string, ReadonlySet<string>>): Code[] {
  return [...uses.keys()]
    .map((key) => named(model, key))
    .sort((a, b) => (a.fileStem < b.fileStem ? -1 : a.fileStem > b.fileStem ? 1 : 0))
    .map((target) => {
      const list = [...uses.get(target.key)!].sort((a, b) => bareName(a).localeCompare(bareName(b)));
      return ts`import { ${new Code(list.join(", "))} } from ${`./${target.fileStem}.js`};\n`;
    });
}

function bareName(name: string): string {
  return name.replace(/^type /, "");
}

/**
 * The exported (or helper) function of one node in one mode; the node sits at `root` in the
 * module's schema. A parameter the body does not use is named with a leading `_`, as
 * `noUnusedParameters` allows (a leaf helper has no use for the depth `d`).
 */
function walker(
  ctx: ModuleContext,
  node: SchemaNode,
  mode: Mode,
  name: Code,
  exported: boolean,
  root: NamePath,
  open?: OpenValues,
): Code {
  const p = exported ? Pointer.ofWalker() : Pointer.ofWalker(new Code("rel"));
  const body = ctx.inFunction(root, () => compileNode(ctx, node, new Code("v"), p, root, mode, open));
  const head = exported ? "export function" : "function";
  if (mode === "check") {
    const statements = [...(exported ? [ts`if (d > rt.MAX_DEPTH) return false;`] : []), ...body];
    const param = (used: string, type: Code): Code =>
      ctx.syntax.parameter(identifier(mentions(statements, used) ? used : `_${used}`), type);
    return new Code(
      reindent(
        joinCode(
          [
            ts`${new Code(head)} ${name}(${param("v", ts`unknown`)}, ${param("d", ts`number`)})${ctx.syntax.annotation(ts`boolean`)} {`,
            ...statements,
            ...(terminates(statements) ? [] : [ts`return true;`]),
            ts`}`,
          ],
          "\n",
        ).text,
      ),
    );
  }
  // A named schema's walker records how it was reached, for the pointers of its errors.
  const depth = exported
    ? [
        ts`rt.step(d, via, key);`,
        ts`if (d > rt.MAX_DEPTH) {`,
        ts`rt.report(e, rt.pointer(d), "depth", ${`at most ${MAX_DEPTH} levels`}, rt.describe(v), ${mustMessage(`not be nested deeper than ${MAX_DEPTH} levels`)});`,
        ts`return false;`,
        ts`}`,
      ]
    : [];
  const statements = [...depth, ...body];
  const param = (used: string, type: Code): Code =>
    ctx.syntax.parameter(identifier(mentions(statements, used) ? used : `_${used}`), type);
  return new Code(
    reindent(
      joinCode(
        [
          exported
            ? ts`${new Code(head)} ${name}(${param("v", ts`unknown`)}, ${param("d", ts`number`)}, ${ctx.syntax.parameter(identifier("via"), ts`string`)}, ${ctx.syntax.parameter(identifier("key"), ts`string | number | undefined`)}, ${param("e", ts`rt.ValidationError[]`)}, ${param("all", ts`boolean`)})${ctx.syntax.annotation(ts`boolean`)} {`
            : ts`${new Code(head)} ${name}(${param("v", ts`unknown`)}, ${param("d", ts`number`)}, ${param("rel", ts`string`)}, ${param("e", ts`rt.ValidationError[]`)}, ${param("all", ts`boolean`)})${ctx.syntax.annotation(ts`boolean`)} {`,
          ...depth,
          ts`let ok = true;`,
          ...body,
          ...(terminates(statements) ? [] : [ts`return ok;`]),
          ts`}`,
        ],
        "\n",
      ).text,
    ),
  );
}

function compileHelper(
  ctx: ModuleContext,
  node: SchemaNode,
  mode: Mode,
  name: string,
  at: NamePath,
  open: OpenValues | undefined,
): Code {
  return walker(ctx, node, mode, identifier(name), false, at, open);
}
