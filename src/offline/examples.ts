/**
 * `npm run examples`: regenerates examples/cbo-tracker-example.xlsx and examples/needs-fixing.xlsx
 * from the committed generator (src/offline/examples/). Deterministic: same code, same bytes.
 * Usage: node build/node/examples.cjs [--out DIR] [--json]
 */
import path from 'node:path';
import { writeExamples } from './examples/write';

async function main(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  if (outIndex >= 0 && !argv[outIndex + 1]) {
    console.error('usage: examples [--out DIR] [--json]');
    return 2;
  }
  const folder = path.resolve(outIndex >= 0 ? argv[outIndex + 1] : 'examples');
  const written = await writeExamples(folder);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(written, null, 2));
    return 0;
  }
  const rows = Object.entries(written.rows)
    .map(([sheet, count]) => `${sheet} ${count}`)
    .join(', ');
  const errors = written.planted.filter((p) => p.expect === 'error').length;
  const valid = written.planted.length - errors;
  console.error(`wrote ${path.relative(process.cwd(), written.example)} (${rows})`);
  console.error(
    `wrote ${path.relative(process.cwd(), written.needsFixing)} (${errors} planted mistakes, ${valid} tricky-but-valid values)`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`examples: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
