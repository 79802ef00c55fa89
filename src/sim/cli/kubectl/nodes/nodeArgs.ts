import type { Node } from '../../../api/types.ts';
import { kubectlErrorText } from '../../../apiserver/protocol.ts';
import { api, type Effect, type EffectResult } from '../../command.ts';

/**
 * The nodes a node command works on, read as kubectl's resource builder reads them
 * (ResourceNames("node", names...) or a label selector over all nodes): per-name failures such as
 * NotFound are collected (ContinueOnError) and the other nodes are still visited.
 */
export interface NodeVisit {
  nodes: Node[];
  errors: string[];
  fatal?: string;
}

export function* visitNodes(names: string[], selector: string | undefined): Generator<Effect, NodeVisit, EffectResult> {
  const result: NodeVisit = { nodes: [], errors: [] };
  if (names.length) {
    for (const name of names) {
      const r = yield* api({ verb: 'get', resource: 'nodes', name });
      if (r.ok) result.nodes.push(r.object as Node);
      else result.errors.push(kubectlErrorText(r));
    }
    return result;
  }
  const r = yield* api({ verb: 'list', resource: 'nodes', labelSelector: selector });
  if (!r.ok) return { ...result, fatal: kubectlErrorText(r) };
  result.nodes = (r.items ?? []) as Node[];
  return result;
}
