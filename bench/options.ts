/** How much `npm run bench` measures, from its command-line flags. */
export interface BenchOptions {
  short: boolean;
  /** Browser runs per page and workload. */
  runs: number;
  /** Also measure the generated 10× form. */
  tenfold: boolean;
  /** Skip `vite build` when dist/ and dist-bench/ are already fresh. */
  skipBuild: boolean;
  /**
   * `--only=server`: build nothing, measure only the server step and print
   * it, leaving BENCHMARKS.md alone (a partial table would replace it).
   */
  onlyServer: boolean;
}

/** Call once with `process.argv.slice(2)`. */
export function parseOptions(args: string[]): BenchOptions {
  const short = args.includes('--short');
  const runsFlag = args.find((arg) => arg.startsWith('--runs='));
  const runs = runsFlag ? Number(runsFlag.slice('--runs='.length)) : NaN;

  return {
    short,
    runs: Number.isInteger(runs) && runs > 0 ? runs : short ? 2 : 7,
    tenfold: args.includes('--10x') || !short,
    skipBuild: args.includes('--no-build'),
    onlyServer: args.includes('--only=server'),
  };
}
