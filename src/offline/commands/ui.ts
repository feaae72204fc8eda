/**
 * `cbo-tracker ui FILE [--port N] [--out DIR]`: the CBO Tracker sidebar in a browser, offline. It
 * runs the menu's "Open CBO Tracker" (openSidebar) in the offline runtime, serves the page that
 * showSidebar got at http://127.0.0.1:PORT/ and bridges google.script.run to the runtime: each call
 * runs the top-level function of build/Code.js against FILE and saves the workbook to DIR (as the
 * other commands do; FILE is never written). Ctrl-C stops it. It listens on 127.0.0.1 only.
 *
 * The bridge keeps google.script.run's rules
 * (https://developers.google.com/apps-script/guides/html/communication): only the script's
 * top-level functions exist on google.script.run (none ending in "_", which are private); a Date,
 * a function or a DOM element in the arguments fails the call; so does one in the value returned;
 * a failed call passes an Error with the server's message to the failure handler.
 */
import { shownPath } from '../file-names';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { OfflineRuntime } from '../runtime';
import type { Language } from '../../i18n/language';
import { EXIT_OK, UsageError, interfaceLanguageOf, outputPath, printUi } from './execute';
import { PARTNERS_DIR, partnerCopies } from './partners-split';
import type { Command, CommandIO, ParsedArgs } from './types';

export const DEFAULT_PORT = 8750;
/** Calls that change nothing worth saving. */
const READ_ONLY = new Set(['sidebarState', 'sidebarDashboard', 'sidebarJobs', 'sidebarSelectProblem']);

export interface UiServerOptions {
  workbook: string;
  outDir: string;
  /** 0: any free port. */
  port?: number;
  /** The step budget the page asks for (ms); default: the server's. Tests force a tiny one. */
  stepBudgetMs?: number;
  /** Lines for people (the URL, each call, what was saved). */
  say?: (line: string) => void;
  /** Extra runtime options (tests). */
  codePath?: string;
}

export interface UiServer {
  url: string;
  runtime: OfflineRuntime;
  /** Server functions called so far, in order. */
  calls: string[];
  /** Stops listening and saves a last time. */
  close(): Promise<void>;
}

/** Why a value cannot cross google.script.run, or null. */
export function illegalForScriptRun(value: unknown, where = 'the value'): string | null {
  const seen = new Set<object>();
  const visit = (v: unknown, at: string): string | null => {
    if (v === null || v === undefined) return null;
    const type = typeof v;
    if (type === 'string' || type === 'number' || type === 'boolean') return null;
    if (type === 'function') return `${at} is a function`;
    if (type !== 'object') return `${at} is a ${type}`;
    if (Object.prototype.toString.call(v) === '[object Date]') return `${at} is a Date`;
    if (seen.has(v as object)) return `${at} refers back to itself`;
    seen.add(v as object);
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as object);
    for (const [key, item] of entries) {
      const found = visit(item, Array.isArray(v) ? `${at}[${key}]` : `${at}.${key}`);
      if (found) return found;
    }
    seen.delete(v as object);
    return null;
  };
  return visit(value, where);
}

/** The page's google.script.run and google.script.host, talking to this server. */
function bridgeScript(functions: string[], config: Record<string, unknown>): string {
  return `<script>
(function () {
  'use strict';
  var FUNCTIONS = ${JSON.stringify(functions)};
  function illegal(v, at, seen) {
    if (v === null || v === undefined) return null;
    var t = typeof v;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t === 'function') return at + ' is a function';
    if (t !== 'object') return at + ' is a ' + t;
    if (v instanceof Date) return at + ' is a Date';
    if (typeof Node !== 'undefined' && v instanceof Node) return at + ' is a DOM element';
    if (seen.indexOf(v) >= 0) return at + ' refers back to itself';
    seen.push(v);
    var keys = Object.keys(v);
    for (var i = 0; i < keys.length; i++) {
      var found = illegal(v[keys[i]], at + '.' + keys[i], seen);
      if (found) return found;
    }
    seen.pop();
    return null;
  }
  function runner(success, failure, user) {
    var api = {
      withSuccessHandler: function (f) { return runner(f, failure, user); },
      withFailureHandler: function (f) { return runner(success, f, user); },
      withUserObject: function (o) { return runner(success, failure, o); },
    };
    FUNCTIONS.forEach(function (name) {
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var bad = illegal(args, 'argument', []);
        if (bad) throw new TypeError('google.script.run.' + name + ': ' + bad + ', which google.script.run cannot send');
        fetch('/run/' + encodeURIComponent(name), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ args: args }),
        })
          .then(function (response) { return response.json(); })
          .then(function (reply) {
            if (reply.ok) { if (success) success(reply.value, user); }
            else {
              var error = new Error(reply.error);
              if (failure) failure(error, user); else console.error(error);
            }
          }, function (error) {
            var lost = new Error('NetworkError: the connection to cbo-tracker ui was lost (' + error.message + ')');
            if (failure) failure(lost, user); else console.error(lost);
          });
      };
    });
    return api;
  }
  window.CBO_SIDEBAR_CONFIG = ${JSON.stringify(config)};
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () { document.body.textContent = 'The sidebar was closed. Reload the page to open it again.'; },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} },
      },
    },
  };
})();
</script>`;
}

/**
 * What the page may load: nothing from outside (as under the HtmlService sandbox, and offline),
 * inline scripts and styles only, calls back to this server only.
 */
export const PAGE_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 5 * 1024 * 1024) {
        reject(new Error('request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const say = options.say ?? (() => undefined);
  const target = outputPath(options.workbook, options.outDir);
  const partnerArgs: ParsedArgs = {
    command: 'ui',
    workbook: options.workbook,
    outDir: options.outDir,
    json: false,
    addon: false,
    options: {},
  };
  // The interface's language, read when the page opens (Settings › Language, else the locale).
  let language: Language = 'en';
  const runtime = await OfflineRuntime.open({
    workbookPath: options.workbook,
    outDir: path.resolve(options.outDir),
    spreadsheetFiles: partnerCopies(partnerArgs)?.files ?? {},
    spreadsheetsDir: PARTNERS_DIR,
    saveOpened: true,
    ...(options.codePath ? { codePath: options.codePath } : {}),
    onUi: (event) => {
      if (event.kind !== 'log') printUi({ say, json: () => undefined }, () => language)(event);
    },
  });
  language = interfaceLanguageOf(runtime, undefined);
  runtime.run('openSidebar');
  const sidebar = runtime.ui.sidebars[runtime.ui.sidebars.length - 1];
  if (!sidebar) throw new Error('openSidebar showed no sidebar');
  const functions = runtime.functionNames().filter((name) => !name.endsWith('_'));
  const config = options.stepBudgetMs !== undefined ? { stepBudgetMs: options.stepBudgetMs } : {};
  const bridge = bridgeScript(functions, config);
  const page = /<head[^>]*>/i.test(sidebar.html)
    ? sidebar.html.replace(/<head[^>]*>/i, (head) => `${head}\n${bridge}`)
    : `${bridge}\n${sidebar.html}`;
  const calls: string[] = [];

  // One call at a time: the runtime is one Apps Script execution after another.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const save = async () => {
    await runtime.save(target);
  };

  const server = http.createServer((request, response) => {
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': PAGE_POLICY,
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(body);
    };
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      send(200, 'text/html; charset=utf-8', page);
      return;
    }
    const match = /^\/run\/([A-Za-z_$][\w$]*)$/.exec(url.pathname);
    if (request.method !== 'POST' || !match) {
      send(404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    const name = match[1];
    void serial(async () => {
      let reply: { ok: true; value: unknown } | { ok: false; error: string };
      let ran = false;
      try {
        if (!functions.includes(name)) throw new Error(`google.script.run has no function ${name}`);
        const body = JSON.parse((await readBody(request)) || '{}') as { args?: unknown };
        const args = Array.isArray(body.args) ? body.args : [];
        calls.push(name);
        ran = true;
        const value = runtime.run(name, ...args);
        const bad = illegalForScriptRun(value, `the value ${name} returned`);
        if (bad) throw new Error(`${bad}, which google.script.run cannot return`);
        if (!READ_ONLY.has(name)) await save();
        reply = { ok: true, value: value === undefined ? null : value };
        const last = runtime.lastRun;
        say(
          `${name}: ${last ? `${Math.round(last.wallMs)} ms, ${last.serviceCalls} service calls` : 'done'}`,
        );
      } catch (error) {
        reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        say(`${name} failed: ${reply.error}`);
        // What the call changed before it threw stays, as online: saved now, not at some later call
        // (a failed save is said to the page too).
        if (ran && !READ_ONLY.has(name)) {
          try {
            await save();
          } catch (saveError) {
            const why = saveError instanceof Error ? saveError.message : String(saveError);
            reply = { ok: false, error: `${reply.error} (and saving what it changed failed: ${why})` };
            say(`saving after ${name} failed: ${why}`);
          }
        }
      }
      send(200, 'application/json; charset=utf-8', JSON.stringify(reply));
    });
  });
  const port = options.port ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(`port ${port} is in use: choose another with --port N (0: any free port)`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    runtime,
    calls,
    async close() {
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await serial(save);
    },
  };
}

export const ui: Command = {
  name: 'ui',
  summary:
    'Serve the CBO Tracker sidebar at http://127.0.0.1:PORT/ (its buttons run against FILE, saving to DIR); Ctrl-C stops.',
  options: [
    {
      name: 'port',
      value: 'N',
      description: `port on 127.0.0.1 (default ${DEFAULT_PORT}; 0: any free port)`,
    },
    {
      name: 'step-budget',
      value: 'MS',
      description: 'time budget of one step of a job (default: as on Apps Script)',
    },
  ],
  async run(args: ParsedArgs, io: CommandIO) {
    if (!args.workbook) throw new UsageError('usage: cbo-tracker ui <workbook.xlsx> [--port N] [--out DIR]');
    if (!fs.existsSync(args.workbook)) throw new UsageError(`${args.workbook}: no such file`);
    const number = (name: string): number | undefined => {
      const value = args.options[name];
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || !/^\d+$/.test(value) || (Number(value) > 65535 && name === 'port'))
        throw new UsageError(`--${name} ${String(value)}: expected a whole number`);
      return Number(value);
    };
    const server = await startUiServer({
      workbook: args.workbook,
      outDir: args.outDir,
      port: number('port'),
      stepBudgetMs: number('step-budget'),
      say: io.say,
    });
    io.say(`CBO Tracker sidebar for ${args.workbook}: ${server.url}`);
    const saved = outputPath(args.workbook, args.outDir);
    io.say(`Changes are saved to ${shownPath(saved)}. Ctrl-C stops.`);
    if (args.json) io.json({ url: server.url });
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    io.say('Stopped; the workbook is saved.');
    return EXIT_OK;
  },
};
