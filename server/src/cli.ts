import { resolve } from 'node:path';
import { analyzeDocument } from './core/check/analyze';
import { defaultSeverity, isSilenced, type Finding, type Severity } from './core/findings';
import type { MathSettings } from './core/macros/mathContext';
import { ProjectIndex } from './core/project/projectIndex';
import { LineMap } from './core/text/lineMap';
import { DiskProjectFiles, readTextFile, toUri } from './node/diskFiles';

const usage = `Usage:
  mathlens check [--format text|json] [--ignore CODE[,CODE…]] [--min-severity error|warning|information|hint]
                 [--macros FILE.json] [--exit-zero] FILE...
  mathlens --version

Checks the math in LaTeX (.tex) and Markdown (.md) files. Exit status: 0 when no errors,
1 when any error was found (0 with --exit-zero), 2 on bad usage or an unreadable file.`;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

interface CheckOptions {
  format: 'text' | 'json';
  ignore: string[];
  minSeverity: Severity;
  macrosFile?: string;
  exitZero: boolean;
  files: string[];
}

class UsageError extends Error {}

function parseCheckOptions(args: string[]): CheckOptions {
  const options: CheckOptions = {
    format: 'text',
    ignore: [],
    minSeverity: 'hint',
    exitZero: false,
    files: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format ${format}`);
      options.format = format;
    } else if (arg.startsWith('--format=')) {
      args.splice(i + 1, 0, arg.slice('--format='.length));
      args[i] = '--format';
      i--;
    } else if (arg === '--ignore') options.ignore.push(...value().split(','));
    else if (arg === '--macros') options.macrosFile = value();
    else if (arg === '--exit-zero') options.exitZero = true;
    else if (arg === '--min-severity') {
      const severity = value();
      if (!(severity in severityRank)) throw new UsageError(`unknown severity ${severity}`);
      options.minSeverity = severity as Severity;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  return options;
}

function loadMacros(path: string | undefined): MathSettings {
  if (!path) return { macros: {} };
  const text = readTextFile(path);
  if (text === undefined) throw new UsageError(`cannot read ${path}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new UsageError(`${path} must hold a JSON object of macros`);
  return {
    macros: Object.fromEntries(
      Object.entries(parsed).filter(([, body]) => typeof body === 'string'),
    ),
  };
}

interface FileReport {
  path: string;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: Severity;
    code: string;
    message: string;
  }[];
  derivations: unknown[];
}

function check(options: CheckOptions): number {
  const settings = loadMacros(options.macrosFile);
  const paths = options.files.map((file) => resolve(file));
  const index = new ProjectIndex(new DiskProjectFiles(paths));
  const reports: FileReport[] = [];
  let errors = 0;
  let unreadable = 0;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const [position, path] of paths.entries()) {
    const uri = toUri(path);
    const findings = analyzeDocument(index, uri, settings);
    const text = index.textOf(uri);
    if (!findings || text === undefined) {
      process.stderr.write(`mathlens: cannot read ${options.files[position]}\n`);
      unreadable++;
      continue;
    }
    const lines = new LineMap(text);
    const kept = findings.filter(
      (finding: Finding) =>
        !isSilenced(finding.code, options.ignore) &&
        severityRank[defaultSeverity(finding.code)] <= severityRank[options.minSeverity],
    );
    reports.push({
      path: options.files[position],
      diagnostics: kept.map((finding) => ({
        range: { start: lines.position(finding.start), end: lines.position(finding.end) },
        severity: defaultSeverity(finding.code),
        code: finding.code,
        message: finding.message,
      })),
      derivations: [],
    });
    for (const finding of kept) counts[defaultSeverity(finding.code)]++;
  }
  errors = counts.error;
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      for (const diagnostic of report.diagnostics) {
        const { line, character } = diagnostic.range.start;
        process.stdout.write(
          `${report.path}:${line + 1}:${character + 1}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]\n`,
        );
      }
    }
    process.stdout.write(
      `${plural(reports.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.information, 'note')}, ${plural(counts.hint, 'hint')}\n`,
    );
  }
  if (unreadable > 0) return 2;
  return errors > 0 && !options.exitZero ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(parseCheckOptions(rest));
      case '--version':
      case '-v':
        process.stdout.write(`${MATHLENS_VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof SyntaxError) {
      process.stderr.write(`mathlens: ${error.message}\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}

declare const MATHLENS_VERSION: string;

process.exitCode = main(process.argv.slice(2));
