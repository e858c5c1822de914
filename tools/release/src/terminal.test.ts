import { describe, expect, it } from 'vitest';
import { terminalLines } from './terminal.ts';

describe('terminalLines', () => {
  it('drops the colours of child tools and keeps the text', () => {
    expect(terminalLines('\u001b[1m\u001b[32mAll good!\u001b[39m\u001b[22m')).toBe('All good!');
  });

  it('escapes every other control character visibly, line by line', () => {
    expect(terminalLines('bell\u0007 and \u202Ereversed\r\nnext\tline')).toBe(
      'bell\\x07 and \\u202Ereversed\nnext\\tline',
    );
    expect(terminalLines('lone \u001b here')).toBe('lone \\x1B here');
    expect(terminalLines('C1 \u0085 next line')).toBe('C1 \\u0085 next line');
  });

  it('cuts nothing: a long problem line is printed whole', () => {
    const line = 'x'.repeat(5000);
    expect(terminalLines(`${line}\n${line}`)).toBe(`${line}\n${line}`);
  });
});
