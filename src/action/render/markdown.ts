/**
 * Text from people (names, topics) made inert in Markdown: no HTML, no table breaks, no links
 * or mentions that would notify someone.
 */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([[\]`*~])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

/** A GitHub-flavoured Markdown table; cells must already be inline-safe. */
export function table(params: {
  headers: string[];
  rows: string[][];
  align?: ('l' | 'r')[];
}): string {
  const { headers, rows, align = [] } = params;
  const rule = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Cuts Markdown to at most `limitBytes` (UTF-8) at a line break, closes a code fence left open
 * and ends with `note`, so an oversized summary is shortened rather than rejected.
 */
export function fitToSize(params: { markdown: string; limitBytes: number; note: string }): string {
  const { markdown, limitBytes, note } = params;
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const tail = `\n\n> ${note}\n`;
  const budget = limitBytes - Buffer.byteLength(tail, 'utf8') - Buffer.byteLength('```\n', 'utf8');
  const kept: string[] = [];
  let used = 0;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    const size = Buffer.byteLength(line, 'utf8') + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
    if (line.trimStart().startsWith('```')) inFence = !inFence;
  }
  if (inFence) kept.push('```');
  return `${kept.join('\n')}${tail}`;
}
