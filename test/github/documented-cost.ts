// GitHub's documented GraphQL price, computed from a document alone: the cost model the
// collector's tests and `bench/github-requests.ts` charge with.
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

const CONNECTION_FIELDS = new Set(['totalCount', 'pageInfo', 'nodes', 'edges']);

/**
 * Every connection costs one request per parent that could hold it; the sum over 100, rounded,
 * is the price, at least 1 point. A connection is a field asked with `first`/`last`, or one
 * whose selection is a connection's (`contributions { totalCount }`). `maxRepositories` lists
 * (`commitContributionsByRepository`) multiply their children as `first` does: GitHub charged
 * 25 points per 25 people at the default of 25 repositories per kind (5,000 points for a
 * 5,000-person organisation), which is what this rule gives.
 */
export function documentedCost(query: string, variables: Record<string, unknown>): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const value = (node: ValueNode): number =>
    node.kind === Kind.INT
      ? Number(node.value)
      : node.kind === Kind.VARIABLE
        ? Number(variables[node.name.value])
        : 0;
  const fieldNames = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const requests = (set: SelectionSetNode, multiplier: number): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const page = s.arguments?.find((a) =>
          ['first', 'last', 'maxRepositories'].includes(a.name.value),
        );
        const limit = page ? value(page.value) : undefined;
        const isList = page?.name.value === 'maxRepositories';
        const isConnection =
          (page && !isList) ||
          (s.selectionSet
            ? fieldNames(s.selectionSet).some((n) => CONNECTION_FIELDS.has(n))
            : false);
        if (isConnection) total += multiplier;
        if (s.selectionSet) total += requests(s.selectionSet, multiplier * (limit ?? 1));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += requests(s.selectionSet, multiplier);
      } else {
        const fragment = fragments.get(s.name.value);
        if (fragment) total += requests(fragment.selectionSet, multiplier);
      }
    }
    return total;
  };
  return Math.max(1, Math.round(requests(operation.selectionSet, 1) / 100));
}
