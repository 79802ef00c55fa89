/** @jsxImportSource preact */
// kube-scheduler: the filter result and per-plugin scores of the last scheduling attempt, per node.
import { useState } from 'preact/hooks';
import type { SimStrings } from '../../../src/i18n/sim.ts';
import type { LogEntryView } from '../model/cluster-contract.ts';
import { listObjects, schedulingOutcome, schedulingRows, type InspectableCluster } from '../engine.ts';
import { fmt } from '../format.ts';

interface Props {
  t: SimStrings;
  cluster: InspectableCluster;
  current: LogEntryView | undefined;
}

/** 'pods/default/nginx' -> 'default/nginx'. */
function podOfEntry(entry: LogEntryView | undefined): string | undefined {
  const m = entry?.object?.match(/^pods\/([^/]+)\/([^/]+)$/);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export function SchedulerPanel({ t, cluster, current }: Props) {
  const s = t.panels.scheduler;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const pods = listObjects(cluster, 'pods')
    .map((p) => `${p.metadata?.namespace ?? 'default'}/${p.metadata?.name ?? ''}`)
    .filter((key) => {
      const [ns, name] = key.split('/');
      return ns !== 'kube-system' && schedulingRows(cluster, ns, name) !== undefined;
    });
  const fromStep = podOfEntry(current);
  const chosen = picked && pods.includes(picked) ? picked : fromStep && pods.includes(fromStep) ? fromStep : pods[pods.length - 1];
  if (!chosen) return <p class="sim-hint">{s.none}</p>;
  const [ns, name] = chosen.split('/');
  const outcome = schedulingOutcome(cluster, ns, name);
  const rows = outcome?.rows ?? [];
  const plugins = [...new Set(rows.flatMap((r) => Object.keys(r.scores)))];
  return (
    <div class="sim-panel">
      <label class="sim-field">
        <span>{s.pick}</span>
        <select value={chosen} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
          {pods.map((p) => (
            <option value={p}>{p}</option>
          ))}
        </select>
      </label>
      <p role="status">
        {outcome?.selected
          ? fmt(s.selected, { node: outcome.selected })
          : outcome?.message
            ? fmt(s.unschedulable, { message: outcome.message })
            : ''}
      </p>
      <div class="sim-table-wrap">
        <table class="sim-table">
          <thead>
            <tr>
              <th scope="col">{s.node}</th>
              <th scope="col">{s.filter}</th>
              {plugins.map((pl) => (
                <th scope="col">{pl}</th>
              ))}
              <th scope="col">{s.total}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr class={r.reasons.length ? 'is-filtered' : ''}>
                <th scope="row">{r.node}</th>
                <td>{r.reasons.length ? `✗ ${r.reasons.join(', ')}` : `✓ ${s.fits}`}</td>
                {plugins.map((pl) => (
                  <td>{r.scores[pl] ?? '—'}</td>
                ))}
                <td>{r.total ?? (r.reasons.length ? '—' : Object.values(r.scores).reduce((a, b) => a + b, 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="sim-hint">{s.weights}</p>
    </div>
  );
}
