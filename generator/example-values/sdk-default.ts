import type { JsonValue, Model, Property } from "../model/model.js";
import { mismatch } from "./fits.js";

/**
 * The default that the SDK fills in for a required property (`stream: {default: true}`,
 * required): the SDK type makes such a property optional and `toWire` sends the default when it
 * is absent, as the reference SDKs do. `undefined` when the property is optional, has no
 * default, or its default does not fit its schema (that one is dropped with a warning elsewhere).
 */
export function filledDefault(model: Model, property: Property): { value: JsonValue } | undefined {
  const fallback = property.schema.default;
  if (!property.required || fallback === undefined) return undefined;
  return mismatch(fallback.value, property.schema, model) === undefined ? { value: fallback.value } : undefined;
}

/** Whether the SDK type requires the property: required on the wire, and no default filled in for it. */
export function sdkRequired(model: Model, property: Property): boolean {
  return property.required && filledDefault(model, property) === undefined;
}
