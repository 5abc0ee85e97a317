import openapiTS, { astToString } from "openapi-typescript";
import { startWireTypes } from "../../generator/emit/wire-types/index.js";
import { loadSpec } from "../../generator/load/index.js";

/**
 * openapi.d.ts comes from openapi-typescript's transform run without its Redocly lint and bundle
 * passes (our load has done both): the bytes must be those `openapiTS()` itself returns, with
 * `defaultNonNullable: false` (a property with a default stays optional, as in every other output).
 */
export async function bothWays(file: string): Promise<[string, string]> {
  const { document } = await loadSpec(file);
  const reference = astToString(
    await openapiTS(JSON.stringify(document), { silent: true, alphabetize: false, defaultNonNullable: false }),
  );
  const job = startWireTypes();
  job.type(document);
  const [ours] = (await job.result).files;
  return [ours!.contents, reference];
}
