import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Page and snippet layouts live in `templates/` so that a user can change how a page looks
 * without touching code. A template is plain text with named slots, `{{name}}`; it holds no
 * logic. Every slot must be given (a typo in a template is an error, not an empty hole); the
 * values are inserted as they are, in one pass, so a value that contains `{{x}}` stays text.
 */
export type Slots = Readonly<Record<string, string>>;

const SLOT = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export function renderTemplate(template: Template, slots: Slots): string {
  return template.text.replace(SLOT, (_match, name: string) => {
    if (!Object.hasOwn(slots, name)) throw new Error(`template ${template.name}: no value for the slot {{${name}}}`);
    return slots[name]!;
  });
}

export interface Template {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads `<dir>/<name>`. The one final line break that editors add to a file is not part of the
 * layout: a page that must end without a newline can still be edited comfortably.
 */
export function loadTemplate(dir: string, name: string): Template {
  const text = readFileSync(path.join(dir, name), "utf8").replace(/\r\n/g, "\n");
  return { name, text: text.endsWith("\n") ? text.slice(0, -1) : text };
}
