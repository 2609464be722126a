const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/;
const NO_RESPONSE = '_No response_';

export interface FormSection {
  /** The heading as written, trimmed, closing #s removed. */
  heading: string;
  /** The text under it, trimmed; an unanswered field ("_No response_") is "". */
  value: string;
}

/** Splits an issue-form body (`### Label` then the answer) into its sections, in order. */
export function readFormSections(body: string): FormSection[] {
  const sections: Array<{ heading: string; lines: string[] }> = [];
  for (const line of body.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) sections.push({ heading: tidyHeading(heading[1] ?? ''), lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections.map(({ heading, lines }) => {
    const value = lines.join('\n').trim();
    return { heading, value: value === NO_RESPONSE ? '' : value };
  });
}

function tidyHeading(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t#'.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end).trim();
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when every label has a section (an issue written from that form). */
export function hasSections(sections: readonly FormSection[], labels: readonly string[]): boolean {
  return labels.every((label) => sections.some((s) => same(s.heading, label)));
}

/** The answer under `label`, or undefined when the body has no such section. */
export function sectionValue(sections: readonly FormSection[], label: string): string | undefined {
  return sections.find((s) => same(s.heading, label))?.value;
}
