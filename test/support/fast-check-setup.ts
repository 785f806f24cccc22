/**
 * fast-check settings for the property tests. Each run draws new random cases (a failure
 * prints its seed and counterexample). To search harder before a release:
 *   FC_NUM_RUNS=5000 npx jest --selectProjects model functions
 * To replay a failure: FC_SEED=<seed from the report>.
 */
import fc from "fast-check";

const numRuns = Number(process.env.FC_NUM_RUNS) || undefined;
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
fc.configureGlobal({ ...(numRuns ? { numRuns } : {}), ...(seed !== undefined ? { seed } : {}) });
