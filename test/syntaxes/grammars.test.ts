/**
 * The TextMate grammars, run by the same engine VS Code uses (vscode-textmate with Oniguruma): the
 * spoken-math language, and its injection into ```spoken blocks of Markdown.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const grammarFiles: Record<string, string> = {
  'source.spoken': 'syntaxes/spoken.tmLanguage.json',
  'markdown.spoken.codeblock': 'syntaxes/markdown-spoken.injection.tmLanguage.json',
};

let registry: Registry;

before(async () => {
  await loadWASM(readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')));
  registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (text: string) => new OnigString(text),
    }),
    loadGrammar: (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) return Promise.resolve(null);
      return Promise.resolve(
        JSON.parse(readFileSync(path.join(root, file), 'utf8')) as IRawGrammar,
      );
    },
  });
});

/** The scopes of each token of each line, as "text: scope scope…". */
function tokenize(grammar: IGrammar, text: string): string[] {
  let state = INITIAL;
  const tokens: string[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const piece = line.slice(token.startIndex, token.endIndex);
      if (piece.trim()) tokens.push(`${piece}: ${token.scopes.join(' ')}`);
    }
    state = result.ruleStack;
  }
  return tokens;
}

describe('TextMate grammars', () => {
  it('the spoken language marks scoping words, operators, functions and numbers', async () => {
    const grammar = await registry.loadGrammar('source.spoken');
    assert.ok(grammar);
    const tokens = tokenize(grammar, 'the square root of x squared, all over two equals sine x');
    for (const expected of [
      'square root of: source.spoken keyword.operator.arithmetic.spoken',
      'squared: source.spoken keyword.operator.arithmetic.spoken',
      'all over: source.spoken keyword.control.spoken',
      'two: source.spoken constant.numeric.spoken',
      'equals: source.spoken keyword.operator.comparison.spoken',
      'sine: source.spoken support.function.spoken',
    ]) {
      assert.ok(tokens.includes(expected), `${expected} in\n${tokens.join('\n')}`);
    }
  });

  it('the Markdown injection embeds the spoken language in ```spoken fences only', async () => {
    const grammar = await registry.loadGrammar('markdown.spoken.codeblock');
    assert.ok(grammar);
    const tokens = tokenize(grammar, '```spoken\nx squared\n```\nx squared');
    assert.deepEqual(tokens, [
      '```: markdown.spoken.codeblock markup.fenced_code.block.markdown punctuation.definition.markdown',
      'spoken: markdown.spoken.codeblock markup.fenced_code.block.markdown fenced_code.block.language.markdown',
      'x : markdown.spoken.codeblock markup.fenced_code.block.markdown meta.embedded.block.spoken',
      'squared: markdown.spoken.codeblock markup.fenced_code.block.markdown meta.embedded.block.spoken keyword.operator.arithmetic.spoken',
      '```: markdown.spoken.codeblock markup.fenced_code.block.markdown punctuation.definition.markdown',
      'x squared: markdown.spoken.codeblock',
    ]);
  });
});
