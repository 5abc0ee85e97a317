import { diffLines } from "diff";
import { describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators/index.js";
import { documentWith, modelOfDocument } from "../helpers/model.js";

/**
 * An object with something of every kind that needs a module-level name or a local: a pattern,
 * a large enum (a `Set`), an object enum value (a JSON constant), a nested object, an array,
 * a union (helper functions) and a map.
 */
const BEFORE = {
  type: "object",
  required: ["id"],
  properties: {
    id: { type: "string", pattern: "^[a-z]+$" },
    size: { enum: ["xs", "s", "m", "l", "xl", "xxl", "xxxl"] },
    owner: {
      type: "object",
      properties: { name: { type: "string", pattern: "^[A-Z]" }, tags: { type: "array", items: { type: "string" } } },
    },
    shape: {
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "integer" } },
      ],
    },
    box: { enum: [{ w: 1 }, { w: 2 }] },
    labels: { type: "object", additionalProperties: { type: "string", maxLength: 9 } },
  },
};

/** BEFORE with one property added between two others, needing a pattern, a union and an enum of its own. */
const AFTER = {
  ...BEFORE,
  properties: {
    id: BEFORE.properties.id,
    size: BEFORE.properties.size,
    color: {
      oneOf: [
        { type: "string", pattern: "^#[0-9a-f]{6}$" },
        { type: "array", items: { enum: ["r", "g", "b"] } },
      ],
    },
    owner: BEFORE.properties.owner,
    shape: BEFORE.properties.shape,
    box: BEFORE.properties.box,
    labels: BEFORE.properties.labels,
  },
};

async function validatorOf(schema: object): Promise<string> {
  const model = await modelOfDocument(documentWith({ Item: schema }));
  return emitValidators(model).files.find((file) => file.path === "validators/item.ts")!.contents;
}

describe("local and helper names come from the schema path, not from emission order", () => {
  it("adding one property adds only the lines about it: no line of the module is changed or removed", async () => {
    const changes = diffLines(await validatorOf(BEFORE), await validatorOf(AFTER));
    const removed = changes.filter((change) => change.removed).map((change) => change.value);
    const added = changes
      .filter((change) => change.added)
      .flatMap((change) => change.value.split("\n").filter((line) => line !== ""));
    expect(removed).toEqual([]);
    expect(added.join("\n")).toBe(ADDED.slice(1));
  });

  it("a property appended after the last one changes no line either", async () => {
    const appended = { ...BEFORE, properties: { ...BEFORE.properties, zone: { type: "string", pattern: "^z" } } };
    const changes = diffLines(await validatorOf(BEFORE), await validatorOf(appended));
    expect(changes.filter((change) => change.removed)).toEqual([]);
    expect(changes.filter((change) => change.added).length).toBeGreaterThan(0);
  });
});

/**
 * The lines the new `color` property adds: its import, its pattern, its field of the wire type,
 * its checks in the check and collect walkers (and a case of each key loop), its two member
 * helpers, its converter cases and converters.
 */
const ADDED = `
import { checkColorItem2, type ColorItem2Wire, sdkOfColorItem2, wireOfColorItem2 } from "./coloritem2.js";
const pattern_color_0 = new rt.Pattern("^#[0-9a-f]{6}$", "u");
  color?: string | ColorItem2Wire[] | undefined;
    const x_color = o["color"];
    if (x_color !== undefined) {
      let n_color = 0;
      if (check_color_0(x_color, d)) n_color++;
      if (check_color_1(x_color, d)) n_color++;
      if (!(n_color === 1)) {
        return false;
      }
      c++;
    }
          case "color": continue;
    const x_color = o["color"];
    if (x_color !== undefined) {
      let n_color = 0;
      if (check_color_0(x_color, d)) n_color++;
      if (check_color_1(x_color, d)) n_color++;
      if (!(n_color === 1)) {
        rt.report(e, rt.pointer(d) + "/color", "oneOf", "exactly one of 2 schemas", x_color, "must match exactly one of 2 schemas");
        if (!all) return false;
        ok = false;
      }
      c++;
    }
          case "color": continue;
function check_color_0(v: unknown, _d: number): boolean {
  if (typeof v === "string") {
    if (!(pattern_color_0.test(v))) {
      return false;
    }
  } else {
    return false;
  }
  return true;
}
function check_color_1(v: unknown, d: number): boolean {
  if (Array.isArray(v)) {
    const a: readonly unknown[] = v;
    for (let i = 0; i < a.length; i++) {
      const x_item = a[i];
      if (!checkColorItem2(x_item, d + 1)) return false;
    }
  } else {
    return false;
  }
  return true;
}
      case "color": {
        out["color"] = wire_color(x);
        continue;
      }
      case "color": {
        out["color"] = sdk_color(x);
        continue;
      }
function wire_color_1(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const a: readonly unknown[] = v;
  const out: unknown[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    out.push(wireOfColorItem2(x));
  }
  return out;
}
function wire_color(v: unknown): unknown {
  const m0 = v;
  if (check_color_0(m0, 0)) return m0;
  const m1 = wire_color_1(v);
  if (check_color_1(m1, 0)) return m1;
  return rt.copyJson(v);
}
function sdk_color_1(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const a: readonly unknown[] = v;
  const out: unknown[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    out.push(sdkOfColorItem2(x));
  }
  return out;
}
function sdk_color(v: unknown): unknown {
  if (check_color_0(v, 0)) return v;
  if (check_color_1(v, 0)) return sdk_color_1(v);
  return rt.copyJson(v);
}`;
