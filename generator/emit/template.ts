import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SpecError } from "../errors.js";

/**
 * Page and snippet layouts live in `templates/` so that a user can change how a page looks
 * without touching code. A template is plain text with named slots, `{{name}}`; it holds no
 * logic. Every slot must be one the generator fills (a typo in a template is an error, not an
 * empty hole); the values are inserted as they are, in one pass, so a value that contains
 * `{{x}}` stays text.
 */
export type Slots = Readonly<Record<string, string>>;

/** Every template and the slots the generator fills in it (templates/README.md lists them too). */
export const TEMPLATE_SLOTS = {
  "snippets/model.ts.tmpl": ["typeName", "importPath", "value"],
  "snippets/curl.sh.tmpl": ["method", "url", "headers", "data"],
  "snippets/fetch.ts.tmpl": ["declarations", "url", "method", "headers", "bodyProperty"],
  "docs/object.md.tmpl": ["title", "description", "exampleUsage", "fields"],
  "docs/enum.md.tmpl": ["title", "description", "exampleUsage", "values"],
  "docs/union.md.tmpl": ["title", "description", "members"],
  "docs/union-member.md.tmpl": ["heading", "typeName", "value"],
  "docs/example-usage.md.tmpl": ["snippet"],
  "docs/example-snippet.ts.tmpl": ["typeName", "importPath", "value"],
  "docs/index.md.tmpl": ["title", "description", "models", "operations"],
  "docs/operation.md.tmpl": ["title", "description", "request", "parameters", "responses", "security", "curl", "fetch"],
  "docs/operation-parameters.md.tmpl": ["location", "table"],
  "docs/operation-responses.md.tmpl": ["table"],
  "docs/operation-security.md.tmpl": ["requirements"],
} as const satisfies Record<string, readonly string[]>;

export type TemplateName = keyof typeof TEMPLATE_SLOTS;

const SLOT = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The templates shipped with specgen, found from this module whether it runs from source or from dist/. */
export const BUNDLED_TEMPLATES = shippedTemplates(path.dirname(fileURLToPath(import.meta.url)));

function shippedTemplates(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "templates")))
      return path.join(dir, "templates");
    if (path.dirname(dir) === dir) throw new Error(`specgen's templates/ folder was not found above ${from}`);
  }
}

export function renderTemplate(template: Template, slots: Slots): string {
  return template.text.replace(SLOT, (_match, name: string) => {
    // loadTemplate admits only known slots, and every renderer fills all of its template's.
    if (!Object.hasOwn(slots, name)) throw new Error(`template ${template.name}: no value for the slot {{${name}}}`);
    return slots[name]!;
  });
}

export interface Template {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads `<dir>/<name>`, or the bundled template when `dir` does not hold that one (a folder may
 * override only the templates it changes). The one final line break that editors add to a file
 * is not part of the layout: a page that must end without a newline can still be edited
 * comfortably. A missing folder or a slot the generator does not fill is a one-line error.
 */
export function loadTemplate(dir: string, name: TemplateName): Template {
  const own = path.join(dir, name);
  if (dir !== BUNDLED_TEMPLATES) checkFolder(dir);
  const file = existsSync(own) ? own : path.join(BUNDLED_TEMPLATES, name);
  const text = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  const allowed: readonly string[] = TEMPLATE_SLOTS[name];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    for (const match of lines[index]!.matchAll(SLOT)) {
      if (!allowed.includes(match[1]!)) {
        throw new SpecError(
          "TEMPLATE",
          `unknown slot {{${match[1]}}} in template ${name}; its slots are ${allowed.join(", ")}`,
          { file, line: index + 1 },
        );
      }
    }
  }
  return { name, text: text.endsWith("\n") ? text.slice(0, -1) : text };
}

function checkFolder(dir: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new SpecError("TEMPLATE", `--templates ${dir}: no such folder`);
  }
  if (!isFolder) throw new SpecError("TEMPLATE", `--templates ${dir}: not a folder`);
}
