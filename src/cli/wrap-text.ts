/**
 * Text wrapped to a terminal's width: a long line breaks at spaces, its continuation indented
 * under the line's own indent plus two, so an explanation stays readable as one item. A line
 * with nowhere to break is left whole rather than cut mid-word.
 */
export function wrapText(params: { text: string; width: number }): string {
  const { width } = params;
  return params.text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if ([...line].length <= width) return line;
  const indent = /^ */.exec(line)![0];
  const hanging = `${indent}  `;
  const words = line.slice(indent.length).split(' ');
  const lines: string[] = [];
  let current = indent;
  for (const word of words) {
    const start = lines.length ? hanging : indent;
    const candidate = current === start ? `${start}${word}` : `${current} ${word}`;
    if ([...candidate].length <= width || current === start) current = candidate;
    else {
      lines.push(current);
      current = `${hanging}${word}`;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/**
 * Standard output wrapped to `width`, a line at a time: a command may print a line in pieces,
 * so a piece without its newline waits for the rest (`flush` prints what is left).
 */
export function wrappingWriter(params: { write: (text: string) => void; width: number }): {
  write: (text: string) => void;
  flush: () => void;
} {
  let pending = '';
  return {
    write(text) {
      pending += text;
      const end = pending.lastIndexOf('\n');
      if (end === -1) return;
      params.write(`${wrapText({ text: pending.slice(0, end), width: params.width })}\n`);
      pending = pending.slice(end + 1);
    },
    flush() {
      if (pending) params.write(wrapText({ text: pending, width: params.width }));
      pending = '';
    },
  };
}
