import fc from "fast-check";

/**
 * Every property of the suite runs with one seed, so that a CI run is the same on every machine
 * (a property a random seed breaks once is a red build nobody caused). `FC_SEED=<n> npm test`
 * explores other inputs; a failure prints its seed and the counterexample to pin as an example.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? "20261202") });
