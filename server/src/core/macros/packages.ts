import katexData from '../data/katex-commands.json';
import katexOrigins from '../data/katex-origins.json';
import packageData from '../data/latex-packages.json';

/** How KaTeX treats a valid LaTeX command it does not have. */
export type PackageCommandKind = 'ignored' | 'approximated' | 'unsupported';

export interface PackageCommand {
  /** xparse-style signature: s (star), o ([optional]), m (mandatory), t<c> (optional token). */
  args: string;
  kind: PackageCommandKind;
  /** KaTeX source standing in for it, with #1… for the mandatory arguments. */
  katex?: string;
}

export interface PackageEnvironment {
  args?: string;
  kind: PackageCommandKind;
  /** A KaTeX environment to use instead. */
  katex?: string;
  /** Arguments to give that environment, e.g. "{rcl}" for eqnarray → array. */
  katexArgs?: string;
}

interface PackageEntry {
  commands?: Record<string, PackageCommand>;
  environments?: Record<string, PackageEnvironment>;
}

const packages = packageData.packages as Record<string, PackageEntry>;

export const katexMathCommands: ReadonlySet<string> = new Set(katexData.math);
export const katexTextCommands: ReadonlySet<string> = new Set(katexData.text);
export const katexEnvironments: ReadonlySet<string> = new Set(katexData.environments);
/** KaTeX's math symbols that no function or macro shadows: one atom wherever an atom may stand. */
export const katexMathSymbols: ReadonlySet<string> = new Set(katexData.symbols);
/** KaTeX's argument-less operators (\sum, \sin, \lim): atoms, but not all of them a bare script. */
export const katexMathOperators: ReadonlySet<string> = new Set(katexData.operators);

/** Packages that define no commands used in math. */
const mathFreePackages: ReadonlySet<string> = new Set(packageData.noMathCommands);

/** Packages that load others (so their commands are available too), and classes that load packages. */
const impliedPackages: Record<string, string[]> = {
  mathtools: ['amsmath'],
  amssymb: ['amsfonts'],
  'tikz-cd': ['tikz'],
  amsart: ['amsmath', 'amsthm', 'amsfonts'],
  amsbook: ['amsmath', 'amsthm', 'amsfonts'],
  amsproc: ['amsmath', 'amsthm', 'amsfonts'],
  breqn: ['amsmath'],
  empheq: ['mathtools', 'amsmath'],
  physics: ['amsmath'],
  siunitx: [],
  newtxmath: ['amsmath'],
  beamer: ['amsmath', 'amssymb', 'amsthm', 'xcolor', 'hyperref', 'graphicx'],
};

/** The kernel is always there. */
const alwaysLoaded = 'latex';

/** Markdown renderers behave like a document with the kernel and the AMS packages. */
export const markdownPackages: readonly string[] = ['latex', 'amsmath', 'amssymb', 'amsfonts'];

export interface PackageCommandMatch {
  package: string;
  command: PackageCommand;
}

export interface PackageEnvironmentMatch {
  package: string;
  environment: PackageEnvironment;
}

const commandIndex = new Map<string, PackageCommandMatch[]>();
const environmentIndex = new Map<string, PackageEnvironmentMatch[]>();
for (const [name, entry] of Object.entries(packages)) {
  for (const [command, info] of Object.entries(entry.commands ?? {})) {
    const list = commandIndex.get(command) ?? [];
    list.push({ package: name, command: info });
    commandIndex.set(command, list);
  }
  for (const [environment, info] of Object.entries(entry.environments ?? {})) {
    const list = environmentIndex.get(environment) ?? [];
    list.push({ package: name, environment: info });
    environmentIndex.set(environment, list);
  }
}

/** Every package (in data order) that defines this command. */
export function packagesDefiningCommand(name: string): readonly PackageCommandMatch[] {
  return commandIndex.get(name) ?? [];
}

export function packagesDefiningEnvironment(name: string): readonly PackageEnvironmentMatch[] {
  return environmentIndex.get(name) ?? [];
}

export function allPackageCommands(): Iterable<string> {
  return commandIndex.keys();
}

/** Whether MathLens knows what a package defines for math (so an unknown command is an error). */
export function isKnownPackage(name: string): boolean {
  return name in packages || mathFreePackages.has(name);
}

/** The loaded packages with everything they load in turn, the kernel included. */
export function withImpliedPackages(names: Iterable<string>): Set<string> {
  const result = new Set<string>([alwaysLoaded]);
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (result.has(name)) continue;
    result.add(name);
    queue.push(
      ...(impliedPackages[name] ?? []),
      ...((katexOrigins as { loads: Record<string, string[]> }).loads[name] ?? []),
    );
  }
  return result;
}

interface Origins {
  kernel: string[];
  packages: Record<string, string[]>;
  katexOnly: string[];
  environments: { kernel: string[]; packages: Record<string, string[]>; katexOnly: string[] };
  loads: Record<string, string[]>;
  alsoDefinedBy: Record<string, string[]>;
}

const origins = katexOrigins as unknown as Origins;

/**
 * Where real LaTeX gets a name KaTeX knows (measured with pdflatex, see
 * scripts/gen-katex-origins.mjs): the kernel, one of some packages, or nowhere (KaTeX's own
 * conveniences such as \R).
 */
export type LatexOrigin =
  { kind: 'kernel' } | { kind: 'packages'; packages: readonly string[] } | { kind: 'katex-only' };

function originIndex(
  kernel: string[],
  packages: Record<string, string[]>,
  katexOnly: string[],
): Map<string, LatexOrigin> {
  const index = new Map<string, LatexOrigin>();
  for (const name of kernel) index.set(name, { kind: 'kernel' });
  for (const [name, list] of Object.entries(packages)) {
    for (const member of list) {
      const also = origins.alsoDefinedBy[member] ?? [];
      index.set(member, {
        kind: 'packages',
        packages: [name, ...also.filter((other) => other !== name)],
      });
    }
  }
  for (const name of katexOnly) index.set(name, { kind: 'katex-only' });
  return index;
}

const commandOrigins = originIndex(origins.kernel, origins.packages, origins.katexOnly);
const environmentOrigins = originIndex(
  origins.environments.kernel,
  origins.environments.packages,
  origins.environments.katexOnly,
);
const KERNEL: LatexOrigin = { kind: 'kernel' };

/** The LaTeX origin of a command KaTeX knows (the kernel when unrecorded). */
export function latexOriginOfCommand(name: string): LatexOrigin {
  return commandOrigins.get(name) ?? KERNEL;
}

export function latexOriginOfEnvironment(name: string): LatexOrigin {
  return environmentOrigins.get(name) ?? KERNEL;
}
