import type { MergeFieldValues } from './merge-fields';
import { readMergeField } from './parse-merge-field';
import type { InlineRun } from './script-ast';

/** A run of `*` or `_` that may open or close emphasis (CommonMark's flanking rules, simplified). */
interface Delimiter {
  type: 'delimiter';
  char: '*' | '_';
  count: number;
  canOpen: boolean;
  canClose: boolean;
}

type Token = InlineRun | Delimiter;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Inline Markdown to runs: **bold**, *italic*, `code`, {{merge|fields}}, backslash escapes. */
export function parseInline(source: string, fields: MergeFieldValues): InlineRun[] {
  return resolveEmphasis(tokenize(source, fields));
}

function tokenize(source: string, fields: MergeFieldValues): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flushText = () => {
    if (text !== '') tokens.push({ type: 'text', text });
    text = '';
  };

  let at = 0;
  while (at < source.length) {
    const char = source.charAt(at);
    const next = source.charAt(at + 1);
    if (char === '\\' && ESCAPABLE.test(next)) {
      text += next;
      at += 2;
      continue;
    }
    if (char === '`') {
      const ticks = runLength(source, at, '`');
      const close = findBacktickRun(source, at + ticks, ticks);
      if (close === -1) {
        text += '`'.repeat(ticks);
        at += ticks;
      } else {
        flushText();
        tokens.push({ type: 'code', text: source.slice(at + ticks, close) });
        at = close + ticks;
      }
      continue;
    }
    if (char === '{' && next === '{') {
      const field = readMergeField(source, at, fields);
      if (field) {
        flushText();
        tokens.push(field.run);
        at = field.end;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const count = runLength(source, at, char);
      flushText();
      tokens.push(delimiter(char, count, source.charAt(at - 1), source.charAt(at + count)));
      at += count;
      continue;
    }
    text += char;
    at++;
  }
  flushText();
  return tokens;
}

function delimiter(char: '*' | '_', count: number, before: string, after: string): Delimiter {
  const beforeSpace = before === '' || WHITESPACE.test(before);
  const afterSpace = after === '' || WHITESPACE.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  // An underscore inside a word (snake_case) never makes emphasis.
  const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || beforePunct);
  const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || afterPunct);
  return { type: 'delimiter', char, count, canOpen, canClose };
}

/** Pairs each closing delimiter with the nearest opener of its kind, innermost first. */
function resolveEmphasis(tokens: Token[]): InlineRun[] {
  let index = 0;
  while (index < tokens.length) {
    const closer = tokens[index];
    if (closer?.type !== 'delimiter' || !closer.canClose || closer.count === 0) {
      index++;
      continue;
    }
    const openerIndex = findOpener(tokens, index, closer.char);
    if (openerIndex === -1) {
      index++;
      continue;
    }
    const opener = tokens[openerIndex] as Delimiter;
    const used = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= used;
    closer.count -= used;
    const children = toRuns(tokens.slice(openerIndex + 1, index));
    tokens.splice(openerIndex + 1, index - openerIndex - 1, {
      type: used === 2 ? 'bold' : 'italic',
      children,
    });
    index = openerIndex + 2;
  }
  return toRuns(tokens);
}

function findOpener(tokens: readonly Token[], before: number, char: '*' | '_'): number {
  for (let index = before - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token?.type === 'delimiter' && token.char === char && token.canOpen && token.count > 0) {
      return index;
    }
  }
  return -1;
}

/** Unpaired delimiters become literal text; neighbouring text runs are joined. */
function toRuns(tokens: readonly Token[]): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const token of tokens) {
    const run: InlineRun | null =
      token.type === 'delimiter'
        ? token.count > 0
          ? { type: 'text', text: token.char.repeat(token.count) }
          : null
        : token;
    if (run === null) continue;
    const last = runs[runs.length - 1];
    if (run.type === 'text' && last?.type === 'text') {
      runs[runs.length - 1] = { type: 'text', text: last.text + run.text };
    } else {
      runs.push(run);
    }
  }
  return runs;
}

function runLength(source: string, from: number, char: string): number {
  let end = from;
  while (source.charAt(end) === char) end++;
  return end - from;
}

/** Where a run of exactly `length` backticks starts at or after `from`; -1 when there is none. */
function findBacktickRun(source: string, from: number, length: number): number {
  let at = source.indexOf('`', from);
  while (at !== -1) {
    const found = runLength(source, at, '`');
    if (found === length) return at;
    at = source.indexOf('`', at + found);
  }
  return -1;
}
