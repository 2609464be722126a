import { describe, expect, it } from 'vitest';
import { renderTextTable } from '../../src/core/reports/text-table.js';

describe('renderTextTable', () => {
  it('pads every column to its widest cell, with a dashed rule under the headers', () => {
    const out = renderTextTable({
      headers: ['Mentor', 'Sessions'],
      rows: [
        ['alice', '12'],
        ['bartholomew', '3'],
      ],
      align: ['left', 'right'],
    });
    expect(out).toBe(
      [
        'Mentor       Sessions',
        '-----------  --------',
        'alice              12',
        'bartholomew         3',
      ].join('\n'),
    );
  });

  it('left-aligns by default and trims trailing spaces from each line', () => {
    const out = renderTextTable({ headers: ['A', 'Bee'], rows: [['long cell', 'x']] });
    expect(out).toBe(['A          Bee', '---------  ---', 'long cell  x'].join('\n'));
    for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('fills missing cells with blanks so short rows still line up', () => {
    const out = renderTextTable({
      headers: ['x', 'y', 'z'],
      rows: [['1'], ['22', '333', '4']],
      align: ['right', 'right', 'right'],
    });
    expect(out).toBe([' x    y  z', '--  ---  -', ' 1', '22  333  4'].join('\n'));
  });

  it('renders only the header and rule when there are no rows', () => {
    expect(renderTextTable({ headers: ['Mentee', 'Last session'], rows: [] })).toBe(
      'Mentee  Last session\n------  ------------',
    );
  });

  it('counts characters, not UTF-16 units, so accented and astral names line up', () => {
    const out = renderTextTable({
      headers: ['Name', 'n'],
      rows: [
        ['Zoë', '1'],
        ['𝒜bc', '2'],
        ['Zoe', '3'],
      ],
    });
    const lines = out.split('\n');
    expect(lines.slice(2)).toEqual(['Zoë   1', '𝒜bc   2', 'Zoe   3']);
  });

  it('keeps a cell with a line break on one line', () => {
    const out = renderTextTable({ headers: ['a', 'b'], rows: [['one\ntwo', 'x']] });
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('one two  x');
  });

  it('names the row and the fix when a row has more cells than headers', () => {
    expect(() => renderTextTable({ headers: ['a'], rows: [['1'], ['1', '2']] })).toThrow(
      /rows\.1: has 2 cells but there are 1 headers; give each row at most one cell per header/,
    );
  });

  it('rejects a table without headers', () => {
    expect(() => renderTextTable({ headers: [], rows: [] })).toThrow(
      /headers: expected at least one/,
    );
  });
});
