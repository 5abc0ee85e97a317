import { escapePointerToken } from "../../codegen/json-pointer.js";
import { joinCode, ts, type Code } from "../../codegen/code.js";

/** A part of a pointer below a walker's value: text known when generating (escaped), or a run-time index or key. */
type Part = string | { readonly code: Code; readonly key: boolean };

/**
 * The JSON pointer of the value being checked, as generated expressions. A collecting walker
 * does not receive its value's pointer as a string: the runtime joins it from the steps the
 * walkers above recorded (`rt.pointer(d)`), and only when an error is reported, so that the
 * valid path builds no pointer. A helper (a union member's walker) is at its caller's depth and
 * gets its value's pointer relative to its caller's as a string (`rel`), usually `""`.
 * Static tokens (property names) are escaped here; run-time ones (keys) in the runtime.
 */
export class Pointer {
  private constructor(
    private readonly relative: Code | undefined,
    private readonly parts: readonly Part[],
  ) {}

  /** The pointer of a walker's value; `relative`: a helper's parameter holding its value's pointer below its caller's. */
  static ofWalker(relative?: Code): Pointer {
    return new Pointer(relative, []);
  }

  /** A property name known when generating. */
  key(name: string): Pointer {
    return this.with(`/${escapePointerToken(name)}`);
  }

  /** An array index held in a variable. */
  index(variable: Code): Pointer {
    return new Pointer(this.relative, [...this.with("/").parts, { code: variable, key: false }]);
  }

  /** A key read at run time, escaped by the runtime's `escapePointer`. */
  runtimeKey(variable: Code): Pointer {
    return new Pointer(this.relative, [...this.with("/").parts, { code: variable, key: true }]);
  }

  private with(text: string): Pointer {
    const last = this.parts[this.parts.length - 1];
    if (typeof last === "string") return new Pointer(this.relative, [...this.parts.slice(0, -1), last + text]);
    return new Pointer(this.relative, [...this.parts, text]);
  }

  /** Whether the value is read in a loop: an array item or a map value (its pointer ends in a run-time index or key). */
  isItem(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last !== undefined && typeof last !== "string";
  }

  /** The whole pointer, for an error: `rt.pointer(d) + "/messages/" + i3`. */
  expression(): Code {
    return joinCode([ts`rt.pointer(d)`, ...this.rendered(this.parts)], " + ");
  }

  /**
   * The step from the walker's value to this one, for the walker of a named schema one level
   * deeper: `via`, the text up to the last run-time index or key (a literal, unless an earlier
   * one sits in it), and that index or key itself, unescaped (`undefined` when there is none).
   */
  step(): { via: Code; key: Code } {
    const last = this.parts[this.parts.length - 1];
    const trailing = last !== undefined && typeof last !== "string";
    const via = this.rendered(trailing ? this.parts.slice(0, -1) : this.parts);
    return {
      via: via.length === 0 ? ts`${""}` : joinCode(via, " + "),
      key: trailing ? last.code : ts`undefined`,
    };
  }

  /** `parts` below the walker's value as string expressions, after a helper's `rel`. */
  private rendered(parts: readonly Part[]): Code[] {
    const codes = parts.map((part) =>
      typeof part === "string" ? ts`${part}` : part.key ? ts`rt.escapePointer(${part.code})` : part.code,
    );
    return this.relative === undefined ? codes : [this.relative, ...codes];
  }

  /** The pointer below the walker's value as one string expression (`""` when it is the walker's own). */
  relativeExpression(): Code {
    const parts = this.rendered(this.parts);
    return parts.length === 0 ? ts`${""}` : joinCode(parts, " + ");
  }
}
