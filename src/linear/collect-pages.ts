import type { Connection } from './linear-documents.js';

/** Follows a cursor-paginated connection to its end and returns every node in order. */
export async function collectPages<T>(params: {
  what: string;
  fetchPage: (after: string | undefined) => Promise<Connection<T>>;
}): Promise<T[]> {
  const { what, fetchPage } = params;
  const nodes: T[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    const next = page.pageInfo.endCursor ?? undefined;
    // A cursor that does not move would loop for ever; fail instead.
    if (!next || seen.has(next)) {
      throw new Error(`Linear ${what}: the API reported more pages but gave no new cursor`);
    }
    seen.add(next);
    after = next;
  }
}
