import { identifier, jsdoc, joinCode, ts, typePropertyKey } from "../../codegen/code.js";
import type { SecurityModel } from "../../model/model.js";
import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";

/** `export type Security = { bearerAuth?: string | undefined; … }`: every scheme an optional string credential. */
export function securityModule(security: SecurityModel, folder: string): GeneratedFile {
  const fields = security.schemes.map(
    (scheme) => ts`${jsdoc(scheme.description, [], "  ")}  ${typePropertyKey(scheme.sdkName)}?: string | undefined;\n`,
  );
  const doc = jsdoc("The credentials of the API's security schemes (`components.securitySchemes`).");
  const body = ts`${doc}export type ${identifier(security.typeName)} = {\n${joinCode(fields, "")}};\n`;
  return { path: `${folder}/${security.fileStem}.ts`, contents: `${GENERATED_HEADER}\n${body.text}` };
}
