import type { Finding } from '../findings';
import type { MathContext } from '../macros/mathContext';
import type { SourcedDefinition } from '../project/projectIndex';
import {
  katexEnvironments,
  katexMathCommands,
  katexTextCommands,
  packagesDefiningCommand,
  packagesDefiningEnvironment,
  allPackageCommands,
  latexOriginOfCommand,
  latexOriginOfEnvironment,
  type LatexOrigin,
  type PackageCommandMatch,
} from '../macros/packages';
import type { EnvironmentToken, MathToken } from './mathTokens';
import { closestNames } from './suggestions';

export interface CommandReport {
  findings: Finding[];
  /** Document macros the formula uses, in order of first use. */
  documentMacros: string[];
  /** Environments KaTeX lacks, by \begin token start: what to do with them when checking with KaTeX. */
  environments: Map<number, EnvironmentTreatment>;
}

export type EnvironmentTreatment =
  { kind: 'rename'; to: string; args: string } | { kind: 'placeholder' };

/**
 * Names to suggest for a misspelt command, in order of preference at equal distance: the
 * document's own macros, then KaTeX's commands, then commands of the packages in effect.
 */
function knownNames(context: MathContext): string[][] {
  let tiers = knownNamesOf.get(context);
  if (!tiers) {
    const usable = (name: string) => commandStatus(name, context).kind === 'katex';
    const loaded = [...allPackageCommands()].filter((name) =>
      packagesDefiningCommand(name).some((match) => context.packages.has(match.package)),
    );
    tiers = [
      [...context.commands.keys(), ...context.settingsCommands],
      [...katexMathCommands, ...katexTextCommands].filter(usable),
      loaded,
    ];
    knownNamesOf.set(context, tiers);
  }
  return tiers;
}

const knownNamesOf = new WeakMap<MathContext, string[][]>();

/** How a command name resolves in a context: what decides every finding about it. */
export type CommandStatus =
  /** The document's own macro, with the definition in effect. */
  | { kind: 'document'; sourced: SourcedDefinition }
  | { kind: 'settings' }
  | { kind: 'delimiter' }
  | { kind: 'katex' }
  /** KaTeX has it; LaTeX only with a package this document does not load (\mathbb without amsfonts). */
  | { kind: 'katex-needs-package'; packages: readonly string[] }
  /** KaTeX's own convenience (\R, \reals): LaTeX has it nowhere. */
  | { kind: 'katex-only' }
  | {
      kind: 'package';
      match: PackageCommandMatch;
      loaded: boolean;
      all: readonly PackageCommandMatch[];
    }
  | { kind: 'unknown' };

// The statuses that carry nothing but their kind, shared rather than allocated per command.
const KATEX: CommandStatus = { kind: 'katex' };
const KATEX_ONLY: CommandStatus = { kind: 'katex-only' };
const SETTINGS: CommandStatus = { kind: 'settings' };
const DELIMITER: CommandStatus = { kind: 'delimiter' };
const UNKNOWN: CommandStatus = { kind: 'unknown' };

/**
 * Whether a name KaTeX knows is also available in this document. Markdown is rendered by KaTeX,
 * so everything KaTeX has is there; a LaTeX document has what its packages give it. Without the
 * whole preamble a package may be loaded unseen, so only KaTeX's own names stay suspicious.
 */
function katexStatus(origin: LatexOrigin, context: MathContext): CommandStatus {
  if (context.language !== 'latex' || origin.kind === 'kernel') return KATEX;
  if (origin.kind === 'katex-only') return KATEX_ONLY;
  if (!context.complete || origin.packages.some((name) => context.packages.has(name))) {
    return KATEX;
  }
  return { kind: 'katex-needs-package', packages: origin.packages };
}

/**
 * Per context, the status of each name met so far: a formula's names are each looked up in up to
 * six tables, twice (its fingerprint, then its check). A document can hold any number of names:
 * past a bound they are resolved each time, not remembered.
 */
const statusesByContext = new WeakMap<MathContext, Map<string, CommandStatus>>();
const MAX_REMEMBERED_STATUSES = 20_000;

export function commandStatus(name: string, context: MathContext): CommandStatus {
  let statuses = statusesByContext.get(context);
  if (!statuses) statusesByContext.set(context, (statuses = new Map<string, CommandStatus>()));
  let status = statuses.get(name);
  if (status === undefined) {
    status = resolveStatus(name, context);
    if (statuses.size < MAX_REMEMBERED_STATUSES) statuses.set(name, status);
  }
  return status;
}

function resolveStatus(name: string, context: MathContext): CommandStatus {
  const sourced = context.commands.get(name);
  if (sourced) return { kind: 'document', sourced };
  if (context.settingsCommands.has(name)) return SETTINGS;
  if (context.delimiters.has(name)) return DELIMITER;
  if (katexMathCommands.has(name) || katexTextCommands.has(name))
    return katexStatus(latexOriginOfCommand(name), context);
  const matches = packagesDefiningCommand(name);
  if (matches.length === 0) return UNKNOWN;
  const loaded = matches.find((match) => context.packages.has(match.package));
  return {
    kind: 'package',
    match: loaded ?? matches[0],
    loaded: loaded !== undefined,
    all: matches,
  };
}

/**
 * A key for everything a formula's findings depend on besides its text: the context's key when it
 * uses a document macro or environment, or a name defined nowhere (its "did you mean" draws on the
 * document's own names), else only how each of its names resolves. Formulas that use no macros of
 * their own then share results across documents and projects.
 */
export function contextFingerprint(tokens: readonly MathToken[], context: MathContext): string {
  const parts: string[] = [context.language];
  let uncertain = false;
  for (const token of tokens) {
    if (token.kind === 'command') {
      const status = commandStatus(token.name, context);
      if (
        status.kind === 'document' ||
        status.kind === 'settings' ||
        status.kind === 'delimiter' ||
        status.kind === 'unknown'
      )
        return context.key;
      if (status.kind === 'katex') continue;
      if (status.kind === 'katex-only') uncertain = true;
      parts.push(
        `${token.name}:${status.kind === 'package' ? `${status.match.package}:${status.loaded}` : status.kind}`,
      );
    } else if (token.kind === 'begin') {
      if (context.environments.has(token.name)) return context.key;
      if (katexEnvironments.has(token.name)) {
        const status = katexStatus(latexOriginOfEnvironment(token.name), context);
        if (status.kind !== 'katex') parts.push(`${token.name}:${status.kind}`);
        continue;
      }
      const definers = packagesDefiningEnvironment(token.name);
      if (definers.length === 0) return context.key;
      const loaded = definers.map((match) => context.packages.has(match.package));
      uncertain = true;
      parts.push(`${token.name}:${loaded.join(',')}`);
    }
  }
  if (uncertain || parts.length > 1)
    parts.push(`${context.complete}:${context.unknownPackages.join(',')}`);
  return parts.join('\u0001');
}

/**
 * Every command and environment of a formula must be known: to KaTeX, to the document's macros or
 * settings, or to a package in effect. Valid LaTeX that KaTeX lacks is a hint; a name defined
 * nowhere is an error when MathLens knows the whole preamble, else a hint.
 */
export function checkCommands(tokens: readonly MathToken[], context: MathContext): CommandReport {
  const findings: Finding[] = [];
  const documentMacros: string[] = [];
  const environments = new Map<number, EnvironmentTreatment>();

  // Inside what KaTeX cannot render at all (an \xymatrix, a tikzcd) nothing more is reported.
  let quietUntil = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.start < quietUntil) continue;
    if (token.kind === 'begin') {
      const treatment = checkEnvironment(token, context, findings);
      if (treatment) environments.set(token.start, treatment);
      if (treatment?.kind === 'placeholder') quietUntil = matchingEndOffset(tokens, index);
      continue;
    }
    if (token.kind !== 'command') continue;
    const { name } = token;
    const status = commandStatus(name, context);
    if (status.kind === 'document') {
      const { definition } = status.sourced;
      if (!documentMacros.includes(name)) documentMacros.push(name);
      if (definition.style === 'opaque') {
        findings.push({
          code: 'katex.unsupported-command',
          start: token.start,
          end: token.end,
          message: `${name} is defined with ${definition.command}, which KaTeX cannot use; the preview shows a placeholder.`,
        });
      }
      continue;
    }
    if (status.kind === 'settings' || status.kind === 'delimiter' || status.kind === 'katex')
      continue;
    if (status.kind === 'katex-needs-package') {
      findings.push({
        code: 'latex.missing-package',
        start: token.start,
        end: token.end,
        message: `${name} needs package ${listPackages(status.packages)}, which this document does not load.`,
      });
      continue;
    }
    if (status.kind === 'katex-only') {
      findings.push(
        undefinedCommand(
          token,
          context,
          `${name} is KaTeX's, not LaTeX's: LaTeX stops here unless the document defines it.`,
          `${name} is KaTeX's, not LaTeX's, and this project does not define it.${unverifiedNote(context)}`,
        ),
      );
      continue;
    }
    if (status.kind === 'package') {
      const { command, package: from } = status.match;
      if (command.kind === 'unsupported' && /[mu]/.test(command.args))
        quietUntil = argumentsEndOffset(tokens, index);
      if (status.loaded || !context.complete) {
        const origin = from === 'latex' ? 'LaTeX' : `package ${from}`;
        findings.push(
          command.kind === 'ignored'
            ? {
                code: 'katex.ignored-command',
                start: token.start,
                end: token.end,
                message: `${name} (${origin}) is valid LaTeX; KaTeX ignores it.`,
              }
            : {
                code: 'katex.unsupported-command',
                start: token.start,
                end: token.end,
                message:
                  command.kind === 'approximated'
                    ? `${name} (${origin}) is valid LaTeX that KaTeX lacks; the preview approximates it.`
                    : `${name} (${origin}) is valid LaTeX that KaTeX cannot render.`,
              },
        );
        continue;
      }
      const packages = listPackages(status.all.map((match) => match.package));
      findings.push({
        code: 'latex.missing-package',
        start: token.start,
        end: token.end,
        message:
          context.language === 'markdown'
            ? `${name} needs the LaTeX package ${packages}; Markdown math (KaTeX) does not have it.`
            : `${name} is defined by package ${packages}, which this document does not load.`,
      });
      continue;
    }
    const suggestions = closestNames(name, knownNames(context));
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
    findings.push(
      undefinedCommand(
        token,
        context,
        `Unknown command ${name}.${hint}`,
        `${name} is not defined in this project and KaTeX does not know it.${unverifiedNote(context)}${hint}`,
        suggestions,
      ),
    );
  }
  return { findings, documentMacros, environments };
}

function checkEnvironment(
  token: EnvironmentToken,
  context: MathContext,
  findings: Finding[],
): EnvironmentTreatment | undefined {
  const { name } = token;
  const at = { start: token.nameStart, end: token.nameEnd };
  if (katexEnvironments.has(name) && !context.environments.has(name)) {
    const status = katexStatus(latexOriginOfEnvironment(name), context);
    if (status.kind === 'katex-needs-package') {
      findings.push({
        code: 'latex.missing-package',
        ...at,
        message: `The ${name} environment needs package ${listPackages(status.packages)}, which this document does not load.`,
      });
    } else if (status.kind === 'katex-only') {
      findings.push({
        code: context.complete ? 'latex.unknown-environment' : 'latex.unverified-environment',
        ...at,
        message: `The ${name} environment is KaTeX's, not LaTeX's.`,
      });
    }
    return undefined;
  }
  if (context.environments.has(name)) {
    findings.push({
      code: 'katex.unsupported-environment',
      ...at,
      message: `${name} is an environment of this document; KaTeX cannot render it.`,
    });
    return { kind: 'placeholder' };
  }
  const matches = packagesDefiningEnvironment(name);
  const loaded = matches.find((match) => context.packages.has(match.package));
  if (loaded || (matches.length > 0 && !context.complete)) {
    const { environment, package: from } = loaded ?? matches[0];
    const replacement =
      environment.katex && katexEnvironments.has(environment.katex) ? environment.katex : undefined;
    findings.push({
      code: 'katex.unsupported-environment',
      ...at,
      message: replacement
        ? `KaTeX has no ${name} (${from === 'latex' ? 'LaTeX' : `package ${from}`}); the preview uses ${replacement}.`
        : `KaTeX cannot render the ${name} environment (${from === 'latex' ? 'LaTeX' : `package ${from}`}).`,
    });
    return replacement
      ? { kind: 'rename', to: replacement, args: environment.katexArgs ?? '' }
      : { kind: 'placeholder' };
  }
  if (matches.length > 0) {
    findings.push({
      code: 'latex.missing-package',
      ...at,
      message: `The ${name} environment needs package ${listPackages(matches.map((match) => match.package))}, which ${context.language === 'markdown' ? 'Markdown math (KaTeX) does not have' : 'this document does not load'}.`,
    });
    return { kind: 'placeholder' };
  }
  const suggestions = closestNames(name, [
    [...context.environments.keys()],
    [...katexEnvironments],
  ]);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
  findings.push(
    context.complete
      ? {
          code: 'latex.unknown-environment',
          ...at,
          message: `Unknown environment ${name}.${hint}`,
          suggestions,
        }
      : {
          code: 'latex.unverified-environment',
          ...at,
          message: `The ${name} environment is not defined in this project and KaTeX does not know it.${unverifiedNote(context)}${hint}`,
          suggestions,
        },
  );
  return { kind: 'placeholder' };
}

/** Where the environment opened by tokens[index] ends (its \end), or -1. */
function matchingEndOffset(tokens: readonly MathToken[], index: number): number {
  const begin = tokens[index];
  if (begin.kind !== 'begin') return -1;
  let depth = 0;
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if ((token.kind === 'begin' || token.kind === 'end') && token.name === begin.name) {
      if (token.kind === 'begin') depth++;
      else if (depth-- === 0) return token.end;
    }
  }
  return -1;
}

/** The end of the braced argument right after the command at tokens[index] (after xy-pic's @-options), or -1. */
function argumentsEndOffset(tokens: readonly MathToken[], index: number): number {
  const open = tokens.findIndex((token, i) => i > index && token.kind === 'open');
  if (open < 0 || tokens[open].start - tokens[index].end > 40) return -1;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].kind === 'open') depth++;
    else if (tokens[i].kind === 'close' && --depth === 0) return tokens[i].end;
  }
  return -1;
}

/** Defined nowhere: an error when the whole preamble is known, else only a hint. */
function undefinedCommand(
  token: MathToken,
  context: MathContext,
  known: string,
  unverified: string,
  suggestions?: string[],
): Finding {
  return {
    code: context.complete ? 'latex.unknown-command' : 'latex.unverified-command',
    start: token.start,
    end: token.end,
    message: context.complete ? known : unverified,
    suggestions,
  };
}

/** Where an unverified name may come from; built only for the few findings that say it. */
function unverifiedNote(context: MathContext): string {
  return context.unknownPackages.length > 0
    ? ` It may come from ${listPackages(context.unknownPackages)}.`
    : '';
}

function listPackages(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length === 1
    ? unique[0]
    : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}
