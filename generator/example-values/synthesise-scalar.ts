import type { NumberNode, StringNode } from "../model/model.js";
import { codePointLength, patternRegExp } from "./fits.js";
import { formatMismatch, formatSample } from "./formats.js";
import { samplePattern } from "./pattern-sample.js";
import { compilePattern } from "../pattern/compile.js";

/** What a string without any hint looks like in a snippet: a placeholder, as SDK docs commonly use. */
export const PLACEHOLDER = "<value>";

/**
 * A string that fits the node's format, pattern and length, or the best try when none found
 * does (the caller's validity check reports it).
 */
export function synthesiseString(node: StringNode): string {
  const candidates: string[] = [];
  const sample = formatSample(node.format);
  if (sample !== undefined) candidates.push(sample);
  const pattern = node.pattern === undefined ? undefined : compilePattern(node.pattern);
  // The pattern as the validators run it (an AWS `\-` read as `-`); none when they cannot run it.
  if (pattern?.ok === true) {
    for (const repeat of [0, 1, node.minLength ?? 0]) {
      const text = samplePattern(pattern.source, repeat);
      if (text !== undefined) candidates.push(text);
    }
  }
  candidates.push(PLACEHOLDER);
  const sized = candidates.flatMap((text) => [text, resize(text, node)]);
  return sized.find((text) => stringFits(text, node)) ?? sized[0]!;
}

function resize(text: string, node: StringNode): string {
  let out = text;
  const min = node.minLength ?? 0;
  while (codePointLength(out) < min) out += "x";
  if (node.maxLength !== undefined && codePointLength(out) > node.maxLength)
    out = [...out].slice(0, node.maxLength).join("");
  return out;
}

function stringFits(text: string, node: StringNode): boolean {
  const length = codePointLength(text);
  if (node.minLength !== undefined && length < node.minLength) return false;
  if (node.maxLength !== undefined && length > node.maxLength) return false;
  if (node.pattern !== undefined && patternRegExp(node.pattern)?.test(text) === false) return false;
  return node.format === undefined || formatMismatch(text, node.format) === undefined;
}

/**
 * A number inside the bounds: 0 when allowed, else the lowest allowed value (a step above an
 * exclusive bound), a multiple of `multipleOf` when one is asked for, an integer for `integer`.
 */
export function synthesiseNumber(node: NumberNode): number {
  const step = node.multipleOf !== undefined && node.multipleOf > 0 ? node.multipleOf : node.integer ? 1 : undefined;
  const low = lowerBound(node);
  const high = upperBound(node);
  const allowed = (value: number): boolean =>
    (low === undefined || (low.exclusive ? value > low.value : value >= low.value)) &&
    (high === undefined || (high.exclusive ? value < high.value : value <= high.value)) &&
    (!node.integer || Number.isInteger(value)) &&
    (node.multipleOf === undefined ||
      node.multipleOf <= 0 ||
      Math.abs(value / node.multipleOf - Math.round(value / node.multipleOf)) < 1e-9);
  if (allowed(0)) return 0;
  if (low !== undefined) {
    if (step !== undefined) {
      let value = Math.ceil(low.value / step) * step;
      if (low.exclusive && value <= low.value) value += step;
      if (node.integer && !Number.isInteger(value)) value = lcmStep(value, step);
      return tidy(value);
    }
    if (!low.exclusive) return low.value;
    const gap = high === undefined ? 1 : Math.min(1, (high.value - low.value) / 2);
    return tidy(low.value + gap);
  }
  if (high !== undefined) {
    if (step !== undefined) {
      let value = Math.floor(high.value / step) * step;
      if (high.exclusive && value >= high.value) value -= step;
      return tidy(value);
    }
    return high.exclusive ? tidy(high.value - 1) : high.value;
  }
  return 0;
}

/** Next value above `value` that is both a multiple of `step` and an integer. */
function lcmStep(value: number, step: number): number {
  for (let candidate = value, i = 0; i < 1000; i++, candidate += step)
    if (Number.isInteger(tidy(candidate))) return tidy(candidate);
  return Math.ceil(value);
}

/** Removes floating-point noise such as 0.30000000000000004. */
function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

function lowerBound(node: NumberNode): { value: number; exclusive: boolean } | undefined {
  const inclusive = node.minimum;
  const exclusive = node.exclusiveMinimum;
  if (inclusive === undefined && exclusive === undefined) return undefined;
  if (exclusive !== undefined && (inclusive === undefined || exclusive >= inclusive))
    return { value: exclusive, exclusive: true };
  return { value: inclusive!, exclusive: false };
}

function upperBound(node: NumberNode): { value: number; exclusive: boolean } | undefined {
  const inclusive = node.maximum;
  const exclusive = node.exclusiveMaximum;
  if (inclusive === undefined && exclusive === undefined) return undefined;
  if (exclusive !== undefined && (inclusive === undefined || exclusive <= inclusive))
    return { value: exclusive, exclusive: true };
  return { value: inclusive!, exclusive: false };
}
