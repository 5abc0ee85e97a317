import openapiTS, { astToString } from "openapi-typescript";
import type { EmitResult } from "./types.js";

export const WIRE_TYPES_FILE = "openapi.d.ts";

/**
 * The exact wire types of the whole document (paths, operations, parameters, components) by
 * openapi-typescript, the reference tool for that job. It is the one output that reads the
 * bundled document rather than the model: its input is, by definition, the OpenAPI document.
 */
export async function emitWireTypes(document: Record<string, unknown>): Promise<EmitResult> {
  const ast = await openapiTS(structuredClone(document) as never, { silent: true, alphabetize: false });
  return { files: [{ path: WIRE_TYPES_FILE, contents: astToString(ast) }], warnings: [] };
}
