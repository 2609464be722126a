/**
 * The GraphQL node id GitHub gives the user with REST id `databaseId`: "U_" followed by the
 * base64url of the MessagePack array [0, databaseId] (e.g. 583231 → "U_kgDOAAjmPw").
 *
 * GitHub documents node ids as opaque, so this is a shortcut, not a contract: callers must
 * check the `databaseId` that comes back and fall back to REST when it does not match.
 */
export function userNodeId(databaseId: number): string {
  if (!Number.isSafeInteger(databaseId) || databaseId < 1) {
    throw new Error(`databaseId: expected a positive whole number, got ${databaseId}`);
  }
  return `U_${Buffer.from([0x92, 0x00, ...msgpackUint(databaseId)]).toString('base64url')}`;
}

/** MessagePack's shortest encoding of a non-negative integer. */
function msgpackUint(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x100) return [0xcc, n];
  if (n < 0x10000) return [0xcd, ...bigEndian(n, 2)];
  if (n < 0x100000000) return [0xce, ...bigEndian(n, 4)];
  return [0xcf, ...bigEndian(n, 8)];
}

function bigEndian(n: number, bytes: number): number[] {
  let rest = BigInt(n);
  const out: number[] = [];
  for (let i = 0; i < bytes; i += 1) {
    out.unshift(Number(rest & 0xffn));
    rest >>= 8n;
  }
  return out;
}
