import { expect } from "vitest";
import fc from "fast-check";
import { ExampleSelector, jsonEqual } from "../../generator/example-values/index.js";
import type { JsonValue, Model } from "../../generator/model/model.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import { ajvReference } from "./ajv-reference.js";
import { mutate, mutationArbitrary } from "./mutations.js";
import { loadValidators, type Validate } from "./validators.js";

interface Case {
  readonly key: string;
  readonly valid: unknown;
  readonly ajv: (value: unknown) => boolean;
  readonly is: (value: unknown) => boolean;
  readonly validate: Validate;
  readonly fromWire: Validate;
  readonly toWire: Validate;
}

export async function cases(spec: LoadedSpec, model: Model, keys: readonly string[], prefix: string): Promise<Case[]> {
  const peer = ajvReference(spec, { allErrors: false });
  const selector = new ExampleSelector(model);
  const withAjv = keys.flatMap((key) => {
    const ajv = peer.at(model.schemas.get(key)!.schema.pointer);
    const valid = selector.forNamed(key);
    return ajv && valid !== undefined ? [{ key, valid, ajv: (value: unknown) => ajv(value) }] : [];
  });
  const loaded = await loadValidators(
    model,
    prefix,
    withAjv.map((entry) => entry.key),
  );
  return withAjv.map((entry) => ({
    ...entry,
    is: loaded.is(entry.key),
    validate: loaded.validate(entry.key),
    fromWire: loaded.fromWire(entry.key),
    toWire: loaded.toWire(entry.key),
  }));
}

/** Our verdict, in both modes, against Ajv's; returns a description of the first disagreement. */
function disagreement(entry: Case, payload: unknown): string | undefined {
  const expected = entry.ajv(payload);
  const quick = entry.is(payload);
  const first = entry.validate(payload);
  const all = entry.validate(payload, { allErrors: true });
  const consistent =
    first.ok === quick &&
    all.ok === quick &&
    (quick || (!first.ok && first.errors.length === 1 && !all.ok && all.errors.length >= 1));
  if (quick !== expected || !consistent) {
    return `${entry.key}: Ajv ${expected}, isX ${quick}, validateX ${JSON.stringify(first).slice(0, 300)} for ${JSON.stringify(payload).slice(0, 300)}`;
  }
  return roundTripProblem(entry, payload, expected);
}

/**
 * fromWire gives the verdict of validate; on a valid payload, toWire(fromWire(x)) is x again
 * (JSON equality), and the SDK form shares no object with the payload it was read from.
 */
function roundTripProblem(entry: Case, payload: unknown, valid: boolean): string | undefined {
  const sdk = entry.fromWire(payload);
  if (sdk.ok !== valid)
    return `${entry.key}: fromWire says ${sdk.ok}, validate ${valid}, for ${JSON.stringify(payload).slice(0, 300)}`;
  if (!sdk.ok) return undefined;
  const back = entry.toWire(sdk.value);
  if (!back.ok) return `${entry.key}: toWire refuses fromWire's output: ${JSON.stringify(back.errors).slice(0, 300)}`;
  if (!jsonEqual(back.value as JsonValue, payload as JsonValue)) {
    return `${entry.key}: round trip changed ${JSON.stringify(payload).slice(0, 300)} into ${JSON.stringify(back.value).slice(0, 300)}`;
  }
  if (sharesObject(sdk.value, payload)) return `${entry.key}: fromWire's output shares an object with its input`;
  return undefined;
}

function sharesObject(copy: unknown, original: unknown): boolean {
  const seen = new Set<unknown>();
  const collect = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    seen.add(value);
    for (const item of Object.values(value)) collect(item);
  };
  collect(original);
  const shares = (value: unknown): boolean =>
    typeof value === "object" && value !== null && (seen.has(value) || Object.values(value).some(shares));
  return shares(copy);
}

/** Valid payloads of every case, then `runs` fast-check mutations of them. Returns the counts. */
export function differential(list: readonly Case[], runs: number, seed: number): { payloads: number; invalid: number } {
  let payloads = 0;
  let invalid = 0;
  // Each schema's example (as the examples emitter picks it) is valid, and both validators say so.
  const baseline = list
    .map((entry) => (entry.is(entry.valid) ? disagreement(entry, entry.valid) : `${entry.key}: its example is invalid`))
    .filter((text) => text !== undefined);
  payloads += list.length;
  expect(baseline).toEqual([]);
  fc.assert(
    fc.property(fc.nat({ max: list.length - 1 }), mutationArbitrary, (index, mutation) => {
      payloads++;
      const entry = list[index]!;
      const payload = mutate(entry.valid, mutation);
      if (!entry.ajv(payload)) invalid++;
      const problem = disagreement(entry, payload);
      if (problem !== undefined) throw new Error(problem);
    }),
    { seed, numRuns: runs },
  );
  return { payloads, invalid };
}

/** Both verdicts must be well represented, or the comparison proves little. */
export function expectBalanced(counts: { payloads: number; invalid: number }, atLeast: number): void {
  expect(counts.payloads).toBeGreaterThan(atLeast);
  expect(counts.invalid / counts.payloads).toBeGreaterThan(0.3);
  expect(counts.invalid / counts.payloads).toBeLessThan(0.8);
}
