/** One rollup sum of a month: cost center × team × application × model. */
export type ChargebackSourceRow = {
  costCenter: string | null;
  teamId: string | null;
  teamName: string | null;
  applicationId: string | null;
  applicationName: string | null;
  modelId: string | null;
  modelName: string | null;
  requests: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
  costMicros: bigint;
};

export type ChargebackTotals = {
  requests: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
  costMicros: bigint;
};

export type ChargebackNode<Child> = ChargebackTotals & {
  id: string | null;
  name: string;
  children: Child[];
};

export type ChargebackModel = ChargebackNode<never>;
export type ChargebackApplication = ChargebackNode<ChargebackModel>;
export type ChargebackTeam = ChargebackNode<ChargebackApplication>;
export type ChargebackCostCenter = ChargebackNode<ChargebackTeam>;

export type Chargeback = ChargebackTotals & { costCenters: ChargebackCostCenter[] };

/** Label of usage without a team (or an unknown one) — still charged, never dropped. */
export const UNASSIGNED = '(unassigned)';

const zero = (): ChargebackTotals => ({
  requests: 0n,
  inputTokens: 0n,
  outputTokens: 0n,
  costMicros: 0n,
});

function add(into: ChargebackTotals, row: ChargebackTotals): void {
  into.requests += row.requests;
  into.inputTokens += row.inputTokens;
  into.outputTokens += row.outputTokens;
  into.costMicros += row.costMicros;
}

type Level = (row: ChargebackSourceRow) => { id: string | null; name: string };

const LEVELS: readonly Level[] = [
  (r) => ({ id: r.costCenter, name: r.costCenter ?? UNASSIGNED }),
  (r) => ({ id: r.teamId, name: r.teamName ?? UNASSIGNED }),
  (r) => ({ id: r.applicationId, name: r.applicationName ?? UNASSIGNED }),
  (r) => ({ id: r.modelId, name: r.modelName ?? '(no model)' }),
];

type MutableNode = ChargebackTotals & {
  id: string | null;
  name: string;
  children: MutableNode[];
  index: Map<string, MutableNode>;
};

function child(parent: MutableNode, key: { id: string | null; name: string }): MutableNode {
  const k = key.id ?? `\u0000${key.name}`;
  let node = parent.index.get(k);
  if (node === undefined) {
    node = { ...zero(), id: key.id, name: key.name, children: [], index: new Map() };
    parent.index.set(k, node);
    parent.children.push(node);
  }
  return node;
}

// Most expensive first; ties by name so output is stable.
function finish(node: MutableNode): ChargebackNode<unknown> {
  const children = node.children
    .map(finish)
    .sort((a, b) =>
      a.costMicros === b.costMicros
        ? a.name.localeCompare(b.name)
        : a.costMicros > b.costMicros
          ? -1
          : 1,
    );
  const { index: _index, ...rest } = node;
  return { ...rest, children };
}

/**
 * The chargeback tree: cost centers → teams → applications → models, each level carrying the
 * exact bigint sums of its rows, so every parent equals the sum of its children and the root
 * equals the sum of all rows (the ledger's total when the rows are the month's rollups).
 */
export function buildChargeback(rows: Iterable<ChargebackSourceRow>): Chargeback {
  const root: MutableNode = { ...zero(), id: null, name: '', children: [], index: new Map() };
  for (const row of rows) {
    add(root, row);
    let node = root;
    for (const level of LEVELS) {
      node = child(node, level(row));
      add(node, row);
    }
  }
  const done = finish(root);
  return {
    requests: done.requests,
    inputTokens: done.inputTokens,
    outputTokens: done.outputTokens,
    costMicros: done.costMicros,
    costCenters: done.children as ChargebackCostCenter[],
  };
}
