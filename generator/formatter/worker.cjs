// @ts-check
/**
 * The user's Prettier in a worker thread: Prettier formats on the thread that calls it, so the
 * formatting step runs several of these to use every core. Each request is one file: its text and
 * the path it will be written to, whose configuration Prettier resolves as its CLI would.
 */
const { parentPort, workerData } = require("node:worker_threads");
const { pathToFileURL } = require("node:url");

/**
 * @typedef {{
 *   format(source: string, options: object): string | Promise<string>;
 *   resolveConfig(file: string, options: object): Promise<object | null>;
 * }} PrettierApi
 */

/** @type {Promise<PrettierApi>} */
const loading = import(pathToFileURL(workerData.entry).href).then((loaded) =>
  typeof loaded.format === "function" ? loaded : loaded.default,
);

/** Prettier's syntax errors carry a code frame on the lines after the first. */
function firstLine(/** @type {unknown} */ error) {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}

parentPort?.on("message", async (/** @type {{ id: number; source: string; destination: string }} */ job) => {
  /** @type {PrettierApi} */
  let prettier;
  try {
    prettier = await loading;
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, stage: "load", message: firstLine(error) });
    return;
  }
  let config;
  try {
    config = await prettier.resolveConfig(job.destination, { editorconfig: true });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, stage: "config", message: firstLine(error) });
    return;
  }
  try {
    const contents = await prettier.format(job.source, { ...config, filepath: job.destination });
    parentPort?.postMessage({ id: job.id, ok: true, contents });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, stage: "format", message: firstLine(error) });
  }
});
