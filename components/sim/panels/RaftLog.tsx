/** @jsxImportSource preact */
// The members' Raft logs side by side, as RaftScope draws them: a row per member, a column per log
// index, the entry's term in each cell. Committed entries carry a check mark (not only a colour), and a
// member that lacks an entry (stopped, or behind) shows a dash. Below, what each index carries.
import type { SimStrings } from '../../../src/i18n/sim.ts';
import { fmt } from '../format.ts';
import type { EtcdMemberView } from '../model/cluster-contract.ts';

interface Props {
  t: SimStrings;
  members: readonly EtcdMemberView[];
}

type LogEntry = NonNullable<EtcdMemberView['log']>[number];

/** The indexes to show: the last ones of the longest log, as many as a snapshot carries. */
export function shownIndexes(members: readonly EtcdMemberView[]): number[] {
  const tail = Math.max(0, ...members.map((m) => m.log?.length ?? 0));
  const last = Math.max(0, ...members.map((m) => m.lastIndex ?? 0));
  const out: number[] = [];
  for (let i = Math.max(1, last - tail + 1); i <= last; i++) out.push(i);
  return out;
}

function describe(e: LogEntry, t: SimStrings): string {
  if (e.op === 'empty') return t.panels.etcd.emptyEntry;
  return e.key ? `${e.op} ${e.key}` : e.op;
}

export function RaftLog({ t, members }: Props) {
  const e = t.panels.etcd;
  const indexes = shownIndexes(members);
  if (indexes.length === 0) return null;
  const entryAt = (m: EtcdMemberView, index: number) => m.log?.find((x) => x.index === index);
  // What each index carries, from the member whose log reaches furthest.
  const longest = members.reduce((a, b) => ((b.lastIndex ?? 0) > (a.lastIndex ?? 0) ? b : a));
  return (
    <>
      <h3>{fmt(e.log, { n: indexes.length })}</h3>
      <div class="sim-table-wrap">
        <table class="sim-table sim-raft-log">
          <thead>
            <tr>
              <th scope="col">{e.name}</th>
              {indexes.map((i) => (
                <th scope="col">{i}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr class={m.up ? '' : 'is-down'}>
                <th scope="row">{m.name}</th>
                {indexes.map((i) => {
                  const entry = entryAt(m, i);
                  if (!entry) return <td aria-label={e.missing}>—</td>;
                  const committed = i <= m.commitIndex;
                  return (
                    <td class={committed ? 'is-committed' : ''} aria-label={committed ? `${fmt(e.cell, { term: entry.term })}, ${e.committed}` : fmt(e.cell, { term: entry.term })}>
                      {entry.term}
                      {committed ? ' ✓' : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details class="sim-raft-entries">
        <summary>{e.entries}</summary>
        <dl>
          {indexes.map((i) => {
            const entry = entryAt(longest, i);
            return entry ? (
              <>
                <dt>
                  {e.index} {i}
                </dt>
                <dd>
                  <code>{describe(entry, t)}</code>
                </dd>
              </>
            ) : null;
          })}
        </dl>
      </details>
    </>
  );
}
