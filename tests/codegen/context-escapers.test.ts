import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { commandData, commandProperty } from "../../generator/codegen/github-command.js";
import { htmlText } from "../../generator/codegen/html.js";
import { formatWarning, SpecError } from "../../generator/errors.js";
import {
  escapePointerToken,
  joinPointer,
  pointerTokens,
  splitPointer,
  unescapePointerToken,
} from "../../generator/codegen/json-pointer.js";
import { shellWord } from "../../generator/codegen/shell.js";
import { terminalLine } from "../../generator/codegen/terminal.js";
import { fileUri } from "../../generator/codegen/uri.js";
import { xmlText } from "../../generator/codegen/xml.js";
import { yamlString } from "../../generator/codegen/yaml.js";
import { runtimeFile } from "../../generator/emit/validators/runtime.js";
import { esbuildTranspiler } from "../helpers/esbuild-transpiler.js";

/** Text that tries each context's syntax: separators, escapes, entities, quotes, controls, lone surrogates. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        ..."/~01%:,'\"\\<>&;#$`{}[]|* a".split(""),
        "~0",
        "~1",
        "~01",
        "%25",
        "%0A",
        "%2F",
        "&amp;",
        "&#60;",
        "'\\''",
        "\n",
        "\r",
        "\t",
        "\u0000",
        "\u0001",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\uffff",
        "\ud800",
        "\udc00",
        "😀",
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join("")),
);

describe("JSON pointer (RFC 6901)", () => {
  it("a token escapes and unescapes to itself, and never holds a / of its own", () => {
    fc.assert(
      fc.property(hostileText, (token) => {
        const escaped = escapePointerToken(token);
        expect(escaped).not.toContain("/");
        expect(escaped.replace(/~[01]/g, "")).not.toContain("~");
        expect(unescapePointerToken(escaped)).toBe(token);
      }),
      { numRuns: 500 },
    );
  });

  it("a pointer joined from any tokens splits back into those tokens", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 6 }), (tokens) => {
        expect(pointerTokens(joinPointer("", ...tokens))).toEqual(tokens);
        // As a URI fragment, a token is percent-encoded first.
        expect(splitPointer(`#${joinPointer("", ...tokens.map(fragmentSafe))}`)).toEqual(tokens.map(fragmentSafe));
      }),
      { numRuns: 500 },
    );
  });

  it("the generated runtime's escapePointer is the same function", async () => {
    const [js] = await esbuildTranspiler([runtimeFile("validators", "full").contents]);
    const runtime = (await import(`data:text/javascript,${encodeURIComponent(js!)}`)) as {
      escapePointer: (token: string | number) => string;
      pathOf: (value: unknown, pointer: string) => PropertyKey[];
    };
    fc.assert(
      fc.property(hostileText, (token) => {
        expect(runtime.escapePointer(token)).toBe(escapePointerToken(token));
        expect(runtime.pathOf({}, joinPointer("", token, token))).toEqual([token, token]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Lone surrogates as U+FFFD, as any UTF-8 encoder writes them. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** Tokens without `%`, which a URI fragment would read as the start of a percent-escape. */
function fragmentSafe(token: string): string {
  return token.replace(/%/g, "");
}

describe("one line of terminal text (errors, warnings)", () => {
  /** The escapes read back, for a text without a backslash of its own. */
  const readBack = (line: string): string =>
    line.replace(/\\(n|r|t|u[0-9a-f]{4})/g, (_, code: string) =>
      code === "n"
        ? "\n"
        : code === "r"
          ? "\r"
          : code === "t"
            ? "\t"
            : String.fromCharCode(Number.parseInt(code.slice(1), 16)),
    );

  it("holds no line break, separator or control character, and reads back as the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = terminalLine(text);
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        if (!text.includes("\\")) expect(readBack(line)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("an error about a property named with CR LF and ESC is one line", () => {
    const error = new SpecError("REF_REFUSED", "refused", {
      file: "spec.json",
      line: 1,
      pointer: "/components/schemas/A/properties/\r\n\u001b[31m/$ref",
    });
    expect(error.format()).toBe("spec.json:1 #/components/schemas/A/properties/\\r\\n\\u001b[31m/$ref: refused");
    expect(formatWarning({ code: "W", message: "a\u2028b", pointer: "/x" })).toBe("warning W #/x: a\\u2028b");
  });
});

describe("HTML character data", () => {
  it("holds no character HTML or markdown reads as syntax, and reads back as the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = htmlText(text);
        expect(escaped).toMatch(/^(?:[A-Za-z0-9 ]|&#\d+;|[^\u0000-\u007f])*$/);
        expect(escaped.replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("XML character data and attribute values", () => {
  it("holds no markup and only XML 1.0 characters, and reads back as the text with what XML cannot carry as U+FFFD", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = xmlText(text);
        expect(escaped).not.toMatch(/[<>"]/);
        expect(escaped.replace(/&(amp|lt|gt|quot);/g, "")).not.toContain("&");
        // XML 1.0's Char production, with astral characters as their surrogate pairs.
        expect(escaped).toMatch(/^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/);
        const read = escaped
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&");
        expect(read).toBe(wellFormed(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd"));
      }),
      { numRuns: 500 },
    );
  });
});

describe("YAML double-quoted scalar", () => {
  it("any text is one scalar whose value is that text", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, description) => {
        const document = parseYaml(`title: ${yamlString(title)}\ndescription: ${yamlString(description)}\n`);
        expect(document).toEqual({ title, description });
      }),
      { numRuns: 500 },
    );
  });
});

describe("GitHub workflow commands", () => {
  /** What the Actions runner does to a command's message and property values. */
  const runnerReads = (text: string): string =>
    text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");

  it("a message holds no line break and reads back as the text; a property value no : or , either", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(commandData(text)).not.toMatch(/[\r\n]/);
        expect(runnerReads(commandData(text))).toBe(text);
        expect(commandProperty(text)).not.toMatch(/[\r\n:,]/);
        expect(runnerReads(commandProperty(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("POSIX shell word", () => {
  it("any text without NUL is one argument that sh passes on unchanged", () => {
    const texts = fc.sample(
      hostileText.map((text) => wellFormed(text.replace(/\u0000/g, ""))),
      { numRuns: 150, seed: 13 },
    );
    // One shell for all samples: each printed with a NUL after it, so the arguments can be told apart.
    const script = texts.map((text) => `printf '%s\\0' ${shellWord(text)}`).join("\n");
    const printed = execFileSync("sh", ["-c", script]).toString("utf8").split("\u0000").slice(0, -1);
    expect(printed).toEqual(texts);
  });
});

describe("file path as a URI reference (SARIF)", () => {
  /** A path segment: any text but `/`, NUL, and the `.`/`..` a path has already resolved. */
  const segment = hostileText
    .map((text) => wellFormed(text.replace(/[/\u0000]/g, "")))
    .filter((text) => text !== "" && text !== "." && text !== "..");

  it("a relative path stays a relative reference that resolves to that path; an absolute one is its file: URL", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const relative = segments.join("/");
        const uri = fileUri(relative);
        expect(uri).not.toMatch(/[#?:]/);
        const resolved = new URL(uri, "file:///base/");
        expect(resolved.search + resolved.hash).toBe("");
        expect(fileURLToPath(resolved)).toBe(`/base/${relative}`);
        expect(fileURLToPath(fileUri(`/abs/${relative}`))).toBe(`/abs/${relative}`);
      }),
      { numRuns: 500 },
    );
  });
});
