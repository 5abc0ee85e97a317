/**
 * The string formats examples know: a check (so that a spec example with the wrong shape is
 * caught) and a sample (so that a synthesised value fits). Unknown formats are annotations only,
 * as JSON Schema says.
 */
interface Format {
  readonly test: RegExp;
  readonly sample: string;
}

const DATE = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
const TIME = "([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)";

const FORMATS: ReadonlyMap<string, Format> = new Map(
  Object.entries({
    "date-time": { test: new RegExp(`^${DATE}[Tt ]${TIME}$`), sample: "2025-01-01T00:00:00Z" },
    date: { test: new RegExp(`^${DATE}$`), sample: "2025-01-01" },
    time: { test: new RegExp(`^${TIME}$`), sample: "12:00:00Z" },
    email: { test: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, sample: "user@example.com" },
    uri: { test: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/, sample: "https://example.com" },
    url: { test: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/, sample: "https://example.com" },
    uuid: {
      test: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      sample: "123e4567-e89b-42d3-a456-426614174000",
    },
    hostname: {
      test: /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
      sample: "example.com",
    },
    ipv4: { test: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/, sample: "192.0.2.1" },
    ipv6: { test: /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/, sample: "2001:db8::1" },
    "uri-reference": { test: /^[^\s]*$/, sample: "https://example.com" },
    "uri-template": {
      test: /^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      sample: "https://example.com/{id}",
    },
    byte: { test: /^[A-Za-z0-9+/]*={0,2}$/, sample: "U0dWc2JHOD0=" },
  } satisfies Record<string, Format>),
);

export function formatMismatch(value: string, format: string): string | undefined {
  const known = FORMATS.get(format);
  if (!known || known.test.test(value)) return undefined;
  return `${JSON.stringify(value)} is not a valid ${format}`;
}

export function formatSample(format: string | undefined): string | undefined {
  return format === undefined ? undefined : FORMATS.get(format)?.sample;
}
