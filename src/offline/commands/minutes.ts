/** `cbo-tracker minutes FILE [--meeting ID] [--pdf]`: the minutes as .docx under DIR/docs/. */
/**
 * Shared with `report`: runs the menu's entry point with --meeting/--project and
 * --pdf, then prints `{"documents": [{"id", "path", "problems"}]}` with the .docx paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { safeFileName, shownPath } from '../file-names';
import { describeProblem } from '../../documents/problems';
import { t } from '../../i18n/messages';
import type { Problem } from '../../workbook/problem';
import { appsScriptSecondsOf, executeCommand, openForCommand, outputPath, runEntryPoint } from './execute';
import type { Command, ParsedArgs } from './types';

interface RunResult {
  documents?: { id: string; name?: string; url?: string; updated: boolean; problems: Problem[] }[];
  pending?: string[];
  problems?: Problem[];
}

/** The .docx written for a document name (the Drive stand-in keeps files under DIR/docs/). */
export function docxPath(outDir: string, name: string | undefined): string | null {
  if (!name) return null;
  const key = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .toLowerCase();
  const wanted = key(name);
  // A name too long for the file system is shortened (file-names.ts).
  const shortened = safeFileName(name, '.docx');
  const walk = (dir: string): string | null => {
    if (!fs.existsSync(dir)) return null;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(full);
        if (found) return found;
      } else if (
        entry.name.endsWith('.docx') &&
        (entry.name === shortened || key(entry.name.slice(0, -5)) === wanted)
      )
        return full;
    }
    return null;
  };
  return walk(path.join(outDir, 'docs'));
}

export function documentCommand(spec: {
  name: string;
  summary: string;
  entryPoint: string;
  idOption: string;
  optionKey: 'meetingId' | 'projectId';
}): Command {
  const buildOptions = (args: ParsedArgs) => ({
    [spec.optionKey]: typeof args.options[spec.idOption] === 'string' ? args.options[spec.idOption] : 'all',
    pdf: args.options.pdf === true,
    ...(args.options.share === true ? { share: true } : {}),
  });
  const command: Command = {
    name: spec.name,
    summary: spec.summary,
    entryPoint: spec.entryPoint,
    demo: true,
    options: [
      { name: spec.idOption, value: 'ID', description: `only this ${spec.idOption} (default: all)` },
      { name: 'pdf', description: 'also write a PDF beside each document (needs LibreOffice)' },
      ...(spec.idOption === 'project'
        ? [
            {
              name: 'share',
              description: 'share with partners afterwards (as Settings › Share reports with partners = Yes)',
            },
          ]
        : []),
    ],
    buildOptions,
    describe: (result, language) => {
      const r = result as RunResult | undefined;
      const lines = (r?.documents ?? []).map((d) =>
        d.url
          ? t(language, d.updated ? 'documents.updated' : 'documents.created', { name: d.name ?? d.id })
          : t(language, 'documents.notMade', { id: d.id }),
      );
      lines.push(...(r?.problems ?? []).map((p) => describeProblem(p, language)));
      return lines.join('\n');
    },
    // Exit 1 (README › Exit codes): an error (a document not made, data it shows wrong) or a template
    // tag left unfilled; warnings alone (figures computed now, a fallback template) exit 0.
    foundProblems: (result) => documentProblems(result as RunResult | undefined),
    async run(args, io) {
      if (!args.json) return executeCommand({ ...command, run: undefined }, args, io);
      if (!args.workbook) return executeCommand({ ...command, run: undefined }, args, io);
      const runtime = await openForCommand(args.workbook, args, io);
      const result = runEntryPoint(runtime, command, args) as RunResult;
      const output = outputPath(args.workbook, args.outDir);
      const files = await runtime.save(output);
      const outDir = path.resolve(args.outDir);
      io.json({
        workbook: args.workbook,
        output,
        files,
        documents: (result.documents ?? []).map((d) => {
          const file = docxPath(outDir, d.name);
          return {
            id: d.id,
            path: file ? shownPath(file) : null,
            url: d.url ?? null,
            updated: d.updated,
            problems: d.problems.map((p) => describeProblem(p)),
          };
        }),
        pending: result.pending ?? [],
        // Problems of the run itself (no such ID, no sheet): why nothing was made.
        problems: (result.problems ?? []).map((p) => describeProblem(p)),
        // What the offline copy of a Word template could not keep (docs/templates-word.md).
        warnings: runtime.ui.logs.filter((e) => e.title === 'Word template').map((e) => e.text),
        appsScriptSeconds: appsScriptSecondsOf(runtime),
      });
      return command.foundProblems?.(result) ? 1 : 0;
    },
  };
  return command;
}

/** Whether a documents run found problems that need attention (exit 1). */
export function documentProblems(result: RunResult | undefined): boolean {
  const problems = [...(result?.problems ?? []), ...(result?.documents ?? []).flatMap((d) => d.problems)];
  return problems.some((p) => p.severity === 'error' || p.code.startsWith('template-'));
}

export const minutes = documentCommand({
  name: 'minutes',
  summary: 'Generate meeting minutes (all meetings, or --meeting ID) as documents under DIR/docs/.',
  entryPoint: 'generateMinutes',
  idOption: 'meeting',
  optionKey: 'meetingId',
});
