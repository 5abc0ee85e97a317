import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { STRING_FORMATS } from "../../generator/emit/validators/formats.js";

const require = createRequire(import.meta.url);
const { fastFormats } = require("ajv-formats/dist/formats") as { fastFormats: Record<string, RegExp | { validate: RegExp }> };

describe("format checks are ajv-formats' fast ones", () => {
  for (const [name, { regex }] of STRING_FORMATS) {
    it(name, () => {
      const theirs = fastFormats[name];
      const expected = theirs instanceof RegExp ? theirs : (theirs as { validate: RegExp }).validate;
      // The runtime source holds a regex literal: evaluate it as JavaScript would.
      const ours = new Function(`return ${regex};`)() as RegExp;
      expect({ source: ours.source, flags: ours.flags }).toEqual({ source: expected.source, flags: expected.flags });
    });
  }
});
