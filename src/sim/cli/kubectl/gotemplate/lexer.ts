/**
 * The lexer of Go's text/template, as kubectl's go-template printer runs it: text, `{{ }}` actions
 * with `{{- -}}` trimming, comments, and the tokens inside actions. Positions are UTF-8 byte
 * offsets because Go's error locations count bytes.
 */

export type ItemType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'comment' | 'space' | 'identifier' | 'keyword' | 'field' | 'variable'
  | 'dot' | 'string' | 'rawString' | 'char' | 'number' | 'bool' | 'nil' | 'pipe' | 'leftParen' | 'rightParen'
  | 'declare' | 'assign' | 'charConstant' | 'error' | 'eof';

export interface Item {
  type: ItemType;
  val: string;
  /** UTF-8 byte offset in the template. */
  pos: number;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string) => c === '_' || /^[\p{L}\p{Nd}]$/u.test(c);

/** Splits a template into items; stops at the first error item, as Go's lexer does. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  // Byte offset of each UTF-16 index, so positions match Go's.
  const bytes: number[] = new Array(input.length + 1);
  let b = 0;
  for (let i = 0; i < input.length; i++) {
    bytes[i] = b;
    const c = input.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      bytes[++i] = b;
    } else b += 3;
  }
  bytes[input.length] = b;
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;
  const emit = (type: ItemType, val = input.slice(start, pos)) => {
    items.push({ type, val, pos: bytes[start], line: startLine });
    start = pos;
    startLine = line;
  };
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) if (input[pos + k] === '\n') line++;
    pos += n;
  };
  const ignore = () => {
    start = pos;
    startLine = line;
  };
  const fail = (message: string) => {
    items.push({ type: 'error', val: message, pos: bytes[start], line: startLine });
  };
  const trimmedRight = (at: number) => /^[ \t\r\n]-\}\}/.test(input.slice(at, at + 4));

  // Text and actions alternate; each action is lexed by the inner loop.
  for (;;) {
    const open = input.indexOf('{{', pos);
    if (open < 0) {
      advance(input.length - pos);
      if (pos > start) emit('text');
      items.push({ type: 'eof', val: '', pos: bytes[pos], line });
      return items;
    }
    const trimLeft = input[open + 2] === '-' && isSpace(input[open + 3] ?? '');
    let textEnd = open;
    if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    advance(textEnd - pos);
    if (textEnd > start) emit('text');
    advance(open - pos);
    ignore();
    advance(trimLeft ? 3 : 2);
    // A comment is the whole action: Go emits only the comment, no delimiters.
    const commentAt = trimLeft ? pos + 1 : pos;
    if (input.startsWith('/*', commentAt)) {
      advance(commentAt - pos);
      ignore();
      const close = input.indexOf('*/', pos + 2);
      if (close < 0) {
        fail('unclosed comment');
        return items;
      }
      advance(close + 2 - pos);
      const trimRight = trimmedRight(pos);
      if (!trimRight && !input.startsWith('}}', pos)) {
        fail('comment ends before closing delimiter');
        return items;
      }
      emit('comment');
      advance(trimRight ? 4 : 2);
      ignore();
      if (trimRight) {
        while (pos < input.length && isSpace(input[pos])) advance(1);
        ignore();
      }
      continue;
    }
    emit('leftDelim');
    parenDepth = 0;
    // Inside the action.
    for (;;) {
      if (trimmedRight(pos) || input.startsWith('}}', pos)) {
        const trim = trimmedRight(pos);
        if (trim) {
          advance(1);
          emit('space');
        }
        if (parenDepth > 0) {
          fail('unclosed left paren');
          return items;
        }
        advance(trim ? 3 : 2);
        emit('rightDelim', '}}');
        if (trim) {
          while (pos < input.length && isSpace(input[pos])) advance(1);
          ignore();
        }
        break;
      }
      if (pos >= input.length) {
        fail('unclosed action');
        return items;
      }
      const c = input[pos];
      if (isSpace(c)) {
        while (pos < input.length && isSpace(input[pos]) && !trimmedRight(pos) ) advance(1);
        emit('space');
        continue;
      }
      if (c === '=') {
        advance(1);
        emit('assign');
        continue;
      }
      if (c === ':') {
        if (input[pos + 1] !== '=') {
          fail('expected :=');
          return items;
        }
        advance(2);
        emit('declare');
        continue;
      }
      if (c === '|') {
        advance(1);
        emit('pipe');
        continue;
      }
      if (c === '"') {
        advance(1);
        for (;;) {
          const d = input[pos];
          if (d === '\\' && pos + 1 < input.length && input[pos + 1] !== '\n') {
            advance(2);
            continue;
          }
          if (d === undefined || d === '\n') {
            fail('unterminated quoted string');
            return items;
          }
          advance(1);
          if (d === '"') break;
        }
        emit('string');
        continue;
      }
      if (c === '`') {
        const close = input.indexOf('`', pos + 1);
        if (close < 0) {
          fail('unterminated raw quoted string');
          return items;
        }
        advance(close + 1 - pos);
        emit('rawString');
        continue;
      }
      if (c === "'") {
        advance(1);
        for (;;) {
          const d = input[pos];
          if (d === '\\' && pos + 1 < input.length && input[pos + 1] !== '\n') {
            advance(2);
            continue;
          }
          if (d === undefined || d === '\n') {
            fail('unterminated character constant');
            return items;
          }
          advance(1);
          if (d === "'") break;
        }
        emit('charConstant');
        continue;
      }
      if (c === '$' || (c === '.' && !/[0-9]/.test(input[pos + 1] ?? ''))) {
        advance(1);
        while (pos < input.length && isAlnum(input[pos])) advance(1);
        const word = input.slice(start, pos);
        const next = input[pos] ?? ' ';
        if (!(isSpace(next) || next === '.' || next === ',' || next === '|' || next === ':' || next === ')' || next === '(' || next === '=' || input.startsWith('}}', pos) || pos >= input.length)) {
          fail(`bad character ${goRune(next)}`);
          return items;
        }
        if (c === '$') emit('variable');
        else emit(word === '.' ? 'dot' : 'field');
        continue;
      }
      if (c === '+' || c === '-' || c === '.' || /[0-9]/.test(c)) {
        const m = /^[+-]?(0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?([pP][+-]?[0-9_]*)?|0[bB][01_]*|0[oO][0-7_]*|[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]*)?)i?/.exec(input.slice(pos));
        const len = m ? m[0].length : 0;
        if (len === 0 || isAlnum(input[pos + len] ?? ' ')) {
          advance(Math.max(len, 1));
          while (pos < input.length && isAlnum(input[pos])) advance(1);
          fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
          return items;
        }
        advance(len);
        emit('number');
        continue;
      }
      if (isAlnum(c)) {
        while (pos < input.length && isAlnum(input[pos])) advance(1);
        const word = input.slice(start, pos);
        const next = input[pos] ?? ' ';
        if (!(isSpace(next) || next === '.' || next === ',' || next === '|' || next === ':' || next === ')' || next === '(' || next === '=' || input.startsWith('}}', pos) || pos >= input.length)) {
          fail(`bad character ${goRune(next)}`);
          return items;
        }
        if (KEYWORDS.has(word)) emit('keyword');
        else if (word === 'true' || word === 'false') emit('bool');
        else if (word === 'nil') emit('nil');
        else emit('identifier');
        continue;
      }
      if (c === '(') {
        advance(1);
        parenDepth++;
        emit('leftParen');
        continue;
      }
      if (c === ')') {
        advance(1);
        parenDepth--;
        if (parenDepth < 0) {
          fail('unexpected right paren');
          return items;
        }
        emit('rightParen');
        continue;
      }
      const cp = input.codePointAt(pos) as number;
      if (cp <= 0x7f && cp >= 0x20) {
        advance(1);
        emit('char');
        continue;
      }
      fail(`unrecognized character in action: ${goRune(String.fromCodePoint(cp))}`);
      return items;
    }
  }
}

/** Go's %#U of a rune: U+0041 'A'. */
export function goRune(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0) ? `${hex} '${ch}'` : hex;
}
