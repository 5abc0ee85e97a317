import { escapePointerToken } from "../../codegen/json-pointer.js";
import { joinCode, ts, type Code } from "../../codegen/code.js";

/**
 * The JSON pointer of the value being checked, as a generated string expression. It is only
 * evaluated when an error is reported, so the valid path never builds a pointer.
 * Static tokens (property names) are escaped here; run-time ones (indices, keys) in the runtime.
 */
export class Pointer {
  private constructor(private readonly parts: readonly (string | Code)[]) {}

  /** The pointer held in a variable (a function's `p` parameter). */
  static of(variable: Code): Pointer {
    return new Pointer([variable]);
  }

  /** A property name known when generating. */
  key(name: string): Pointer {
    return this.with(`/${escapePointerToken(name)}`);
  }

  /** An array index held in a variable. */
  index(variable: Code): Pointer {
    return new Pointer([...this.with("/").parts, variable]);
  }

  /** A key read at run time, escaped by the runtime's `escapePointer`. */
  runtimeKey(variable: Code): Pointer {
    return new Pointer([...this.with("/").parts, ts`rt.escapePointer(${variable})`]);
  }

  private with(text: string): Pointer {
    const last = this.parts[this.parts.length - 1];
    if (typeof last === "string") return new Pointer([...this.parts.slice(0, -1), last + text]);
    return new Pointer([...this.parts, text]);
  }

  /** `p + "/messages/" + i3`. */
  expression(): Code {
    return joinCode(
      this.parts.map((part) => (typeof part === "string" ? ts`${part}` : part)),
      " + ",
    );
  }
}
