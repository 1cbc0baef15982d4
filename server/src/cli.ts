import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument, mathContextFor } from './core/check/analyze';
import { parserDefinitions } from './core/macros/parserMacros';
import type { DocumentScan } from './core/regions/types';
import {
  checkDerivations,
  derivationFindings,
  type DerivationResult,
  type StepStatus,
} from './core/derivation';
import { defaultSeverity, isSilenced, type Finding, type Severity } from './core/findings';
import { markdownMathContext, type MathSettings } from './core/macros/mathContext';
import { ProjectIndex } from './core/project/projectIndex';
import { compareLatex, evaluateLatex, formatPair, formatValue } from './core/semantics';
import { FALLBACK_COLOR, svgColor } from './core/render/svgColor';
import { LineMap } from './core/text/lineMap';
import { DiskProjectFiles, readTextFile, toUri } from './node/diskFiles';
import { convertCommand, type ConvertOptions } from './cliConvert';
import type { SourceForm } from './core/convert/types';

const usage = `Usage:
  mathlens check [--format text|json] [--ignore CODE[,CODE…]] [--min-severity error|warning|information|hint]
                 [--macros FILE.json] [--exit-zero] FILE...
  mathlens render [--svg|--html|--mathml] [--display] [--color COLOR] [--font-size PX]
                  [--macros FILE.json] LATEX
  mathlens compare [--format text|json] [--strict] [--functions f,g] [--time-budget MS] A B
  mathlens eval [--at x=1,y=2] LATEX
  mathlens convert [--format text|json] [--form spoken|calculator|unicode|latex] [WORDS…]
  mathlens --version

check: the math in LaTeX (.tex) and Markdown (.md) files. Exit status: 0 when no errors,
1 when any error was found (0 with --exit-zero), 2 on bad usage or an unreadable file.
render: one formula (LATEX, or - for standard input) as SVG (the default; black, 16 px to the em
unless told), KaTeX HTML (with its MathML for screen readers) or MathML, on standard output.
Exit status 1 when KaTeX cannot render it (the message on standard error), 2 on bad usage.
compare: whether two LaTeX expressions are equal (where both are defined; --strict: also on the
same domain; indefinite integrals up to a constant; at most 2000 ms unless told). Prints \`equal\`, \`different at x = 1.3: left
2.69, right 2.31\` or \`unknown: REASON\`. Exit status 0 equal, 1 different, 3 unknown, 2 bad usage.
eval: the value of a LaTeX expression at a point (--at may be repeated). Exit status 1 when it has
no value there (the reason on standard error), 2 on bad usage.
convert: spoken math ("x squared plus one"), calculator notation (sqrt(x^2+1)/2) or Unicode math
(x² + y² = r²) to LaTeX: the WORDS given, or each line of standard input, one LaTeX line each
(json: {"input","latex","alternatives","form","findings"} per line). The form is detected unless
given. Exit status 1 when something could not be read (kept as \\text{…}, reported on standard
error), 2 on bad usage.`;

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
  derivations: {
    range: LspRange;
    steps: { line: number; range: LspRange; status: StepStatus; reason: string }[];
  }[];
}

type LspRange = {
  start: { line: number; character: number };
  end: { line: number; character: number };
};

/** The file's derivations, its formulas read with the project's macros. */
function derivationsOf(
  index: ProjectIndex,
  uri: string,
  text: string,
  scan: DocumentScan,
  settings: MathSettings,
): DerivationResult[] {
  const context = mathContextFor(index, uri, settings);
  return checkDerivations(text, scan, {
    definitions: parserDefinitions(context),
    contextKey: context.key,
  });
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
    const text = index.textOf(uri);
    const scan = index.scanOf(uri);
    const derivations =
      text === undefined || scan === undefined
        ? []
        : derivationsOf(index, uri, text, scan, settings);
    // In document order, as a compiler lists them (the derivation findings come after the others).
    const findings = analyzeDocument(index, uri, settings)
      ?.concat(derivationFindings(derivations))
      .sort((a, b) => a.start - b.start);
    if (!findings || text === undefined) {
      process.stderr.write(`mathlens: cannot read ${options.files[position]}\n`);
      unreadable++;
      continue;
    }
    const lines = new LineMap(text);
    const range = (span: { start: number; end: number }) => ({
      start: lines.position(span.start),
      end: lines.position(span.end),
    });
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
      derivations: derivations.map((derivation) => ({
        range: range(derivation),
        steps: derivation.steps.map((step) => ({
          line: lines.position(step.start).line,
          range: range(step),
          status: step.status,
          reason: step.reason,
        })),
      })),
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

interface RenderOptions {
  format: 'svg' | 'html' | 'mathml';
  display: boolean;
  color: string;
  fontSize: number;
  macrosFile?: string;
  latex: string;
}

/** Arguments after `--`, and those that do not start with `--`, are formulas (`-1` is one). */
function splitArguments(
  args: string[],
  option: (arg: string, value: () => string) => void,
): string[] {
  const sources: string[] = [];
  const queue = [...args];
  while (queue.length > 0) {
    const arg = queue.shift()!;
    const value = (): string => {
      if (queue.length === 0) throw new UsageError(`${arg} needs a value`);
      return queue.shift()!;
    };
    if (arg === '--') sources.push(...queue.splice(0));
    else if (arg.startsWith('--') && arg.includes('=')) {
      const at = arg.indexOf('=');
      queue.unshift(arg.slice(0, at), arg.slice(at + 1));
    } else if (arg.startsWith('--')) option(arg, value);
    else sources.push(arg);
  }
  return sources;
}

function parseRenderOptions(args: string[]): RenderOptions {
  const options: RenderOptions = {
    format: 'svg',
    display: false,
    color: 'black',
    fontSize: 16,
    latex: '',
  };
  const sources = splitArguments(args, (arg, value) => {
    if (arg === '--svg' || arg === '--html' || arg === '--mathml') {
      options.format = arg.slice(2) as RenderOptions['format'];
    } else if (arg === '--display') options.display = true;
    else if (arg === '--color') {
      options.color = value();
      if (svgColor(options.color) === FALLBACK_COLOR && options.color.trim() !== FALLBACK_COLOR)
        throw new UsageError(`not a CSS colour: ${options.color}`);
    } else if (arg === '--font-size') {
      const text = value();
      options.fontSize = Number(text);
      if (!(options.fontSize > 0 && options.fontSize < 1000))
        throw new UsageError(`bad font size ${text}`);
    } else if (arg === '--macros') options.macrosFile = value();
    else throw new UsageError(`unknown option ${arg}`);
  });
  if (sources.length === 0) throw new UsageError('no formula given');
  if (sources.length > 1) throw new UsageError('give the formula as one argument (quote it)');
  options.latex = sources[0] === '-' ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : sources[0];
  return options;
}

async function render(options: RenderOptions): Promise<number> {
  // The macros a Markdown document gets (settings, KaTeX stand-ins for package commands): what
  // `mathlens check` accepts in a .md file renders here. Read before the await: a bad file is a
  // usage error, which main reports.
  const macros = markdownMathContext('cli:render', [], loadMacros(options.macrosFile)).katex.macros;
  // Loaded only here: evaluating MathJax's modules costs about 100 ms, which `check` never needs.
  const [{ renderKatex }, { renderSvg }] = await Promise.all([
    import('./core/render/katexRender.js'),
    import('./core/render/svg.js'),
  ]);
  const source = options.latex;
  const fail = (message: string, start?: number, end?: number) => {
    const where =
      start === undefined
        ? ''
        : ` (at ${start + 1}${end !== undefined && end > start + 1 ? `-${end}` : ''}: ${JSON.stringify(source.slice(start, Math.max(end ?? start, start + 1)))})`;
    process.stderr.write(`mathlens: ${message}${where}\n`);
    return 1;
  };
  if (options.format !== 'svg') {
    const output = options.format === 'html' ? 'htmlAndMathml' : 'mathml';
    const result = renderKatex(source, { display: options.display, macros, output });
    if (!result.ok) return fail(result.message, result.start, result.end);
    process.stdout.write(`${result.markup}\n`);
    return 0;
  }
  // No hover here: no size limit and no scaling down; rows come out as one image.
  const result = renderSvg(source, {
    display: options.display,
    macros,
    color: options.color,
    fontSize: options.fontSize,
    maxLength: Number.POSITIVE_INFINITY,
    maxWidth: Number.POSITIVE_INFINITY,
  });
  if (result.kind === 'error') return fail(result.message, result.start, result.end);
  if (result.kind === 'too-large') return fail(result.message);
  for (const image of result.images) process.stdout.write(`${image.svg}\n`);
  return 0;
}

interface CompareOptions {
  format: 'text' | 'json';
  timeBudgetMs: number;
  strict: boolean;
  functions: Set<string>;
  left: string;
  right: string;
}

function parseCompareOptions(args: string[]): CompareOptions {
  // A one-shot command can afford more than the editor's 50 ms (and a loaded CI machine needs it).
  const options = {
    format: 'text' as 'text' | 'json',
    strict: false,
    functions: new Set<string>(),
    timeBudgetMs: 2000,
  };
  const sources = splitArguments(args, (arg, value) => {
    if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format ${format}`);
      options.format = format;
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--time-budget') {
      const text = value();
      options.timeBudgetMs = Number(text);
      if (!(options.timeBudgetMs > 0)) throw new UsageError(`bad time budget ${text}`);
    } else if (arg === '--functions') {
      for (const name of value().split(',')) if (name.trim()) options.functions.add(name.trim());
    } else throw new UsageError(`unknown option ${arg}`);
  });
  if (sources.length !== 2) {
    throw new UsageError(
      `compare needs two formulas (quote each one), got ${sources.length === 0 ? 'none' : sources.length}`,
    );
  }
  return { ...options, left: sources[0], right: sources[1] };
}

function compareCommand(options: CompareOptions): number {
  const result = compareLatex(options.left, options.right, {
    domain: options.strict ? 'strict' : 'generic',
    functions: options.functions,
    timeBudgetMs: options.timeBudgetMs,
  });
  const code = result.verdict === 'equal' ? 0 : result.verdict === 'different' ? 1 : 3;
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return code;
  }
  if (result.verdict === 'equal') process.stdout.write('equal\n');
  else if (result.verdict === 'unknown') process.stdout.write(`unknown: ${result.reason}\n`);
  else {
    const point = Object.entries(result.point)
      .map(([name, value]) => `${name} = ${formatValue(value)}`)
      .join(', ');
    const [left, right] = formatPair(result.left, result.right);
    process.stdout.write(
      `different${point === '' ? '' : ` at ${point}`}: left ${left}, right ${right}\n`,
    );
  }
  return code;
}

const NAMED_VALUES: Record<string, number> = { pi: Math.PI, e: Math.E };

function parseEvalOptions(args: string[]): { point: Record<string, number>; latex: string } {
  const point: Record<string, number> = {};
  const sources = splitArguments(args, (arg, value) => {
    if (arg !== '--at') throw new UsageError(`unknown option ${arg}`);
    for (const assignment of value().split(',')) {
      const match = /^\s*\\?([^=\s]+)\s*=\s*(\S+)\s*$/.exec(assignment);
      const number = match ? (NAMED_VALUES[match[2]] ?? Number(match[2])) : NaN;
      if (!match || !Number.isFinite(number)) {
        throw new UsageError(`--at wants name=number[,name=number…], not ${assignment}`);
      }
      point[match[1]] = number;
    }
  });
  if (sources.length !== 1) throw new UsageError('give the formula as one argument (quote it)');
  return { point, latex: sources[0] };
}

function evalCommand({ point, latex }: { point: Record<string, number>; latex: string }): number {
  const result = evaluateLatex(latex, point);
  if (!result.ok) {
    const where =
      result.start === undefined || result.start >= latex.length
        ? ''
        : ` (at ${result.start + 1}: ${JSON.stringify(latex.slice(result.start, Math.max(result.end ?? 0, result.start + 1)))})`;
    process.stderr.write(`mathlens: ${result.reason}${where}\n`);
    return 1;
  }
  process.stdout.write(`${formatValue(result.value, 15)}\n`);
  return 0;
}

const SOURCE_FORMS: readonly SourceForm[] = ['spoken', 'calculator', 'unicode', 'latex'];

function parseConvertOptions(args: string[]): ConvertOptions {
  const options: ConvertOptions = { format: 'text', words: [] };
  options.words = splitArguments(args, (arg, value) => {
    if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format ${format}`);
      options.format = format;
    } else if (arg === '--form') {
      const form = value();
      const known = SOURCE_FORMS.find((candidate) => candidate === form);
      if (!known) throw new UsageError(`unknown form ${form} (${SOURCE_FORMS.join(', ')})`);
      options.form = known;
    } else throw new UsageError(`unknown option ${arg}`);
  });
  return options;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(parseCheckOptions(rest));
      case 'render':
        return render(parseRenderOptions(rest));
      case 'compare':
        return compareCommand(parseCompareOptions(rest));
      case 'eval':
        return evalCommand(parseEvalOptions(rest));
      case 'convert':
        return convertCommand(parseConvertOptions(rest));
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

const exitCode = main(process.argv.slice(2));
if (typeof exitCode === 'number') process.exitCode = exitCode;
else void exitCode.then((code) => (process.exitCode = code));
