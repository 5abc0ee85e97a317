import { identifier, type Code } from "../../codegen/code.js";

/** Longest segment a property name gives a name; longer names are cut (a clash then gets a suffix). */
const MAX_SEGMENT = 40;

/**
 * Where a value sits in a module's schema, as the segments of generated names: a property's name,
 * `item` (array items), `item0` (the first prefix item), `1` (the second member of a union or
 * `allOf`), `not`, `contains`, `pattern0`, `other` (additionalProperties), `name` (propertyNames).
 * Names come from this path, never from emission order, so that adding a property to a schema
 * changes only the lines about it.
 */
export class NamePath {
  static readonly ROOT = new NamePath([]);

  private constructor(readonly segments: readonly string[]) {}

  /** The path one level down: any text (a property name) becomes identifier characters. */
  child(segment: string): NamePath {
    const safe = segment.replace(/[^A-Za-z0-9_]+/g, "_").slice(0, MAX_SEGMENT);
    return new NamePath([...this.segments, safe]);
  }

  /** `prefix` at the root, else `prefix_messages_item_role`. */
  name(prefix: string): string {
    return this.segments.length === 0 ? prefix : `${prefix}_${this.segments.join("_")}`;
  }

  /** This path seen from `base` (a path it starts with): the names of a function rooted at `base`. */
  below(base: NamePath): NamePath {
    return new NamePath(this.segments.slice(base.segments.length));
  }
}

/**
 * The names taken in one scope (a generated function, or a module). A name two paths both give
 * (`doc-url` and `doc_url`) is made unique by a suffix, `_2`, `_3`…, in the order asked for.
 */
export class NameScope {
  private readonly taken = new Set<string>();

  fresh(base: string): Code {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return identifier(name);
  }
}
