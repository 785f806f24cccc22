/** jStat ships no types; the tests use it only as an independent reference for quantiles. */
declare module "jstat" {
  type Inv = (p: number, ...params: number[]) => number;
  type Dist = { inv: Inv; mean: (...params: number[]) => number; variance: (...params: number[]) => number };
  export const jStat: {
    triangular: Dist;
    beta: Dist;
    uniform: Dist;
    normal: Dist;
    lognormal: Dist;
  };
}
