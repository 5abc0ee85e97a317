import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FAST_FORMATS, FULL_FORMATS, URI_REGEX } from "../../generator/emit/validators/format-table.js";
import { formatFunctions, NUMBER_FORMATS } from "../../generator/emit/validators/formats.js";
import { NUMBER_FORMAT_NAMES, STRING_FORMAT_NAMES } from "../../generator/model/format-names.js";
import { esbuildTranspiler } from "../helpers/esbuild-transpiler.js";

const require = createRequire(import.meta.url);
type Entry = RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) };
const ajvFormats = require("ajv-formats/dist/formats") as {
  fullFormats: Record<string, Entry>;
  fastFormats: Record<string, Entry>;
};

function theirCheck(entry: Entry): (s: string) => boolean {
  const check = typeof entry === "object" && !(entry instanceof RegExp) ? entry.validate : entry;
  return check instanceof RegExp ? (s) => check.test(s) : check;
}

/** The runtime's format functions of one mode, compiled and loaded. */
async function ours(mode: "full" | "fast"): Promise<Record<string, (s: string) => boolean>> {
  const [js] = await esbuildTranspiler([formatFunctions(mode)]);
  return (await import(`data:text/javascript,${encodeURIComponent(js!)}`)) as Record<string, (s: string) => boolean>;
}

const SAMPLES = [
  "2024-02-29",
  "2023-02-29",
  "2024-02-30",
  "2024-04-31",
  "2024-13-01",
  "2024-1-01",
  "2024-02-30T25:00:00Z",
  "2016-12-31T23:59:60Z",
  "2024-01-01T12:59:60Z",
  "2024-01-01T23:59:60+01:00",
  "2024-01-01T22:59:60-01:00",
  "2024-01-01T00:00:00",
  "2024-01-01 00:00:00Z",
  "2024-01-01t00:00:00.5z",
  "2024-01-01T00:00:00+24:00",
  "2024-01-01T00:00:00+0130",
  "23:59:60Z",
  "12:00:00",
  "12:00:00+01:00",
  "25:00:00Z",
  "P1D",
  "PT",
  "P1W2D",
  "https://example.com/a",
  "https://example.com/a b",
  "example.com",
  "urn:isbn:0451450523",
  "#frag",
  "/a/b",
  "\\x",
  "http://[::1]:80/",
  "user@example.com",
  "a..b@c.com",
  "a@b",
  "-a.com",
  "example.com.",
  "256.1.1.1",
  "1.1.1.1",
  "::1",
  "1::1::1",
  "123e4567-e89b-42d3-a456-426614174000",
  "urn:uuid:123e4567-e89b-42d3-a456-426614174000",
  "aGVsbG8=",
  "aGVsbG8",
  "a\nb===",
  "(",
  "a+",
  "x\\Z",
  "/a/~0",
  "/a/~2",
  "#/a",
  "0/a",
  "1#",
  "",
  " ",
];

describe("format checks are ajv-formats' own", () => {
  for (const mode of ["full", "fast"] as const) {
    it(`${mode} mode: every format gives ajv-formats' verdict on near-valid strings`, async () => {
      const functions = await ours(mode);
      const table = mode === "full" ? FULL_FORMATS : FAST_FORMATS;
      const theirs = mode === "full" ? ajvFormats.fullFormats : ajvFormats.fastFormats;
      const differ: string[] = [];
      for (const name of table.keys()) {
        const fn =
          functions[
            `format${name
              .split("-")
              .map((part) => part[0]!.toUpperCase() + part.slice(1))
              .join("")}`
          ]!;
        const reference = theirCheck(theirs[name]!);
        for (const sample of SAMPLES)
          if (fn(sample) !== reference(sample)) differ.push(`${name} ${JSON.stringify(sample)}: ours ${fn(sample)}`);
      }
      expect(differ).toEqual([]);
    });
  }

  it("the table is the one scripts/write-format-table.mjs writes from the installed ajv-formats", () => {
    // One list of names: the model reads a format as about strings exactly when the validators check it as one.
    expect([...FULL_FORMATS.keys()]).toEqual(STRING_FORMAT_NAMES);
    expect([...FAST_FORMATS.keys()]).toEqual(STRING_FORMAT_NAMES);
    for (const name of NUMBER_FORMATS.keys()) expect(NUMBER_FORMAT_NAMES).toContain(name);
    for (const [table, theirs] of [
      [FULL_FORMATS, ajvFormats.fullFormats],
      [FAST_FORMATS, ajvFormats.fastFormats],
    ] as const) {
      for (const [name, check] of table) {
        const entry = theirs[name]!;
        const regex =
          entry instanceof RegExp
            ? entry
            : typeof entry === "object" && entry.validate instanceof RegExp
              ? entry.validate
              : undefined;
        expect("regex" in check ? check.regex : undefined, name).toBe(regex?.toString());
      }
    }
    expect(URI_REGEX.startsWith("/^(?:[a-z][a-z0-9+\\-.]*:)")).toBe(true);
  });

  it("full mode refuses what the fast regular expressions let through", async () => {
    const full = await ours("full");
    const fast = await ours("fast");
    expect([full.formatDateTime!("2024-02-30T25:00:00Z"), fast.formatDateTime!("2024-02-30T23:00:00Z")]).toEqual([
      false,
      true,
    ]);
    expect([
      full.formatDateTime!("2024-02-30T23:00:00Z"),
      full.formatDateTime!("2016-12-31T23:59:60Z"),
      full.formatDateTime!("2024-01-01T12:59:60Z"),
    ]).toEqual([false, true, false]);
  });
});
