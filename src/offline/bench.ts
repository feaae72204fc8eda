/**
 * npm run bench [-- --json] [--sizes 1000,10000] [--only validate]
 * Times each operation on synthetic workbooks of 1,000 / 10,000 / 50,000 CBO rows in the offline
 * runtime: emulated service calls by method, cells moved, estimated Apps Script seconds (the cost
 * model, src/offline/services/cost.ts) and wall ms.
 * Also the bundle's size and the time to load it in a fresh context.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { BENCH_OPERATIONS } from './bench/index';
import { DEFAULT_CODE_PATH, OfflineRuntime, workbookFromSheets } from './runtime';
import { priceOf } from './services/cost';
import { syntheticWorkbook } from './synthetic';

export interface BenchRun {
  operation: string;
  /** CBO rows of the workbook it ran on. */
  rows: number;
  serviceCalls: number;
  /** Calls by 'Class.method' (advanced services as e.g. 'Sheets.Spreadsheets.batchUpdate'). */
  calls: Record<string, number>;
  /** Cells moved by bulk reads and writes. */
  cellsRead: number;
  cellsWritten: number;
  /** Estimated Apps Script seconds (src/offline/services/cost.ts). */
  appsScriptSeconds: number;
  /** The same calls priced per call alone, without the cells they move (what a per-method table prices). */
  callSeconds: number;
  /** Wall time of the run on this machine, and the part inside emulated services. */
  ms: number;
  serviceMs: number;
  /** Whether the estimate passes Apps Script's 6 minutes (30 s for simple triggers). */
  overTimeLimit: boolean;
  error?: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Time to load the bundle in a fresh, empty context: the first (cold) load and the median of later ones. */
export function measureLoad(code: string, times = 5): { coldMs: number; warmMs: number } {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const context = vm.createContext({});
    const start = performance.now();
    vm.runInContext(code, context, { filename: `Code-${i}.js` });
    samples.push(performance.now() - start);
  }
  const warm = samples.slice(1).sort((a, b) => a - b);
  return { coldMs: samples[0], warmMs: warm[Math.floor(warm.length / 2)] };
}

export async function runBench(sizes: number[], only?: string[]): Promise<BenchRun[]> {
  const runs: BenchRun[] = [];
  const operations = BENCH_OPERATIONS.filter((op) => !only || only.includes(op.name));
  for (const [index, size] of sizes.entries()) {
    const cache = new Map<string, ReturnType<typeof syntheticWorkbook>>();
    for (const op of operations) {
      if (op.fixedWorkbook && index > 0) continue;
      const key = JSON.stringify(op.synthetic ?? {});
      let sheets = op.workbook?.(size);
      if (!sheets) {
        sheets = cache.get(key) ?? syntheticWorkbook({ cbos: size, ...op.synthetic });
        cache.set(key, sheets);
      }
      const rows = Math.max(0, (sheets.CBOs?.length ?? 1) - 1);
      // The bench measures the whole run: the time limit is reported (overTimeLimit), not enforced.
      const runtime = await OfflineRuntime.open({
        workbook: workbookFromSheets(sheets, 'Asia/Phnom_Penh'),
        timeLimit: false,
      });
      op.prepare?.(runtime, size);
      runtime.calls.reset();
      let error: string | undefined;
      try {
        if (op.measure) op.measure(runtime);
        else runtime.run(op.entryPoint, ...(op.args?.(size) ?? []));
      } catch (thrown) {
        error = (thrown as Error).message;
      }
      const stats = runtime.lastRun!;
      const limit = op.entryPoint === 'onOpen' ? 30 : 360;
      runs.push({
        operation: op.name,
        rows,
        serviceCalls: runtime.calls.total(),
        calls: runtime.calls.byMethod(),
        cellsRead: runtime.calls.cellsRead,
        cellsWritten: runtime.calls.cellsWritten,
        appsScriptSeconds: Math.round(runtime.calls.seconds * 10) / 10,
        callSeconds: round(
          Object.entries(runtime.calls.byMethod()).reduce(
            (sum, [name, n]) => sum + priceOf(name).call * n,
            0,
          ),
        ),
        ms: round(stats.wallMs),
        serviceMs: round(stats.serviceMs),
        overTimeLimit: runtime.calls.seconds > limit,
        ...(error ? { error } : {}),
      });
    }
  }
  return runs;
}

function table(runs: BenchRun[]): string {
  const header = [
    'operation',
    'rows',
    'service calls',
    'cells read',
    'cells written',
    'Apps Script s',
    'ms',
    'error',
  ];
  const lines = runs.map((r) => [
    r.operation,
    r.rows.toLocaleString('en-US'),
    String(r.serviceCalls),
    r.cellsRead.toLocaleString('en-US'),
    r.cellsWritten.toLocaleString('en-US'),
    `${r.appsScriptSeconds.toFixed(1)}${r.overTimeLimit ? ' (over the limit)' : ''}`,
    r.ms.toFixed(1),
    r.error ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const option = (name: string) => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  };
  const sizes = (option('sizes') ?? '1000,10000,50000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write('bench: --sizes takes whole numbers, e.g. --sizes 1000,10000\n');
    return 2;
  }
  const only = option('only')?.split(',');
  if (!fs.existsSync(DEFAULT_CODE_PATH)) {
    process.stderr.write(`bench: ${DEFAULT_CODE_PATH} does not exist; run npm run build\n`);
    return 2;
  }
  const code = fs.readFileSync(DEFAULT_CODE_PATH, 'utf8');
  const load = measureLoad(code);
  const bundle = {
    bytes: Buffer.byteLength(code),
    loadMs: round(load.coldMs),
    warmLoadMs: round(load.warmMs),
  };
  const runs = await runBench(sizes, only);
  if (json) process.stdout.write(`${JSON.stringify({ runs, bundle })}\n`);
  else {
    process.stderr.write(
      `${table(runs)}\n\nbundle: build/Code.js ${(bundle.bytes / 1024).toFixed(1)} KB, loads in ${bundle.loadMs} ms in a fresh context (${bundle.warmLoadMs} ms when V8 has seen it)\n`,
    );
  }
  return runs.some((r) => r.error) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
