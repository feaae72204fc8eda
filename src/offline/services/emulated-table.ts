/** The emulated methods per class as a Markdown table (README and `cbo-tracker emulated`). */
import { emulatedMethods } from './emulation';
import { allEmulatedClasses } from './registry';

export function emulatedTable(): string {
  const lines = ['| Class | Emulated methods |', '|---|---|'];
  for (const fake of allEmulatedClasses()) {
    lines.push(
      `| ${fake.gasClass} | ${emulatedMethods(fake)
        .map((m) => `\`${m}\``)
        .join(', ')} |`,
    );
  }
  return lines.join('\n');
}
