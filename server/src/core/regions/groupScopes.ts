import { skipInlineVerbatim } from './latexScanner';
import { inlineVerbatimCommands, verbatimEnvironments } from './latexVocabulary';
import { lineEnd, nextStopIn, readBracedName, readControlSequence, stopSet } from './texText';
import type { DocumentScan, MacroDefinition, Span } from './types';

const stops = stopSet('\\{}%');
const globalPrefix = /\\global\s*(?:\\(?:long|protected|outer)\s*)*$/;

function isGlobal(text: string, definition: MacroDefinition): boolean {
  if (definition.command === '\\gdef' || definition.command === '\\xdef') return true;
  return globalPrefix.test(text.slice(Math.max(0, definition.start - 40), definition.start));
}

interface Group {
  start: number;
  environment?: string;
  definitions: MacroDefinition[];
}

/**
 * TeX forgets a definition made inside a group ({…} or an environment) when the group ends, unless
 * it is global (\gdef, \global\def…). For each such local definition of a LaTeX scan, the extent
 * of its group. The document environment does not count: it spans the whole body.
 */
export function localDefinitionScopes(
  text: string,
  scan: DocumentScan,
): Map<MacroDefinition, Span> {
  const scopes = new Map<MacroDefinition, Span>();
  const items = scan.items.filter((item) => item.kind === 'math' || item.kind === 'definition');
  if (!items.some((item) => item.kind === 'definition')) return scopes;
  const stack: Group[] = [];
  let next = 0;
  let pos = 0;
  const close = (group: Group, at: number) => {
    for (const definition of group.definitions)
      scopes.set(definition, { start: definition.start, end: at });
  };
  while (pos < text.length) {
    while (next < items.length && items[next].end <= pos) next++;
    const item = items[next];
    const stop = nextStopIn(text, pos, text.length, stops);
    if (item && item.start <= stop) {
      if (item.kind === 'definition' && stack.length > 0 && !isGlobal(text, item))
        stack[stack.length - 1].definitions.push(item);
      pos = Math.max(item.end, pos + 1);
      next++;
      continue;
    }
    if (stop >= text.length) break;
    pos = stop;
    const char = text[pos];
    if (char === '%') {
      pos = lineEnd(text, pos);
    } else if (char === '{') {
      stack.push({ start: pos, definitions: [] });
      pos++;
    } else if (char === '}') {
      const group = stack.pop();
      if (group) close(group, pos);
      pos++;
    } else {
      const { name, end } = readControlSequence(text, pos);
      pos = end;
      if (name === '\\bgroup' || name === '\\begingroup') {
        stack.push({ start: pos, definitions: [] });
      } else if (name === '\\egroup' || name === '\\endgroup') {
        const group = stack.pop();
        if (group) close(group, pos);
      } else if (name === '\\begin' || name === '\\end') {
        const environment = readBracedName(text, end);
        if (!environment || environment.name === 'document') continue;
        pos = environment.end;
        if (name === '\\begin' && verbatimEnvironments.has(environment.name)) {
          const closing = text.indexOf(`\\end{${environment.name}}`, pos);
          pos = closing < 0 ? text.length : closing;
        } else if (name === '\\begin') {
          stack.push({ start: environment.start, environment: environment.name, definitions: [] });
        } else {
          const index = stack.findLastIndex((group) => group.environment === environment.name);
          if (index >= 0) {
            for (let i = stack.length - 1; i >= index; i--) close(stack[i], environment.start);
            stack.length = index;
          }
        }
      } else if (inlineVerbatimCommands.has(name)) {
        pos = skipInlineVerbatim(text, end, name);
      }
    }
  }
  for (const group of stack) close(group, text.length);
  return scopes;
}
