import { describe, expect, it } from 'vitest';
import { median, replaceBetweenMarkers } from './report.ts';

describe('replaceBetweenMarkers', () => {
  const document = [
    '# Title',
    '',
    '<!-- bench:size:start -->',
    'old table',
    '<!-- bench:size:end -->',
    '',
    'after',
  ].join('\n');

  it('replaces what lies between the markers and keeps the rest as it is', () => {
    const updated = replaceBetweenMarkers(document, 'size', '| new |\n');
    expect(updated).toBe(
      ['# Title', '', '<!-- bench:size:start -->', '| new |', '<!-- bench:size:end -->', '', 'after'].join(
        '\n',
      ),
    );
    // Idempotent: the same content gives the same document.
    expect(replaceBetweenMarkers(updated, 'size', '| new |')).toBe(updated);
  });

  it('refuses a document without the markers, with them out of order, or twice', () => {
    expect(() => replaceBetweenMarkers('# no markers', 'size', 'x')).toThrow(/<!-- bench:size:start -->/);
    expect(() =>
      replaceBetweenMarkers('<!-- bench:size:end -->\n<!-- bench:size:start -->', 'size', 'x'),
    ).toThrow(/in that order/);
    expect(() => replaceBetweenMarkers(`${document}\n${document}`, 'size', 'x')).toThrow(/more than once/);
    expect(() => replaceBetweenMarkers(document, 'speed', 'x')).toThrow(/bench:speed/);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });
});
