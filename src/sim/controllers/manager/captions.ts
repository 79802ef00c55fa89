// Log captions for requests the controllers send (Korean 평어체 with the official terms, English).
import { josa, nounEn, nounKo } from '../../api/captions.ts';
import type { Caption } from '../../kernel/log.ts';
import type { ControllerAction } from '../util/actions.ts';

/** Plural resource of a kind the controllers write. */
export function pluralOf(kind: string): string {
  const special: Record<string, string> = { Endpoints: 'endpoints' };
  if (special[kind]) return special[kind];
  const lower = kind.toLowerCase();
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}

function phrase(kind: string, name: string | undefined): Caption {
  const plural = pluralOf(kind);
  return name ? { ko: `${name} ${nounKo(plural)}`, en: `${nounEn(plural)} ${name}` } : { ko: nounKo(plural), en: nounEn(plural) };
}

export function actionCaption(title: Caption, action: ControllerAction): Caption {
  const who = josa(title.ko, '이/가');
  if ('caption' in action && action.caption) return { ko: `${who} ${action.caption.ko}`, en: `${title.en} ${action.caption.en}` };
  switch (action.type) {
    case 'create': {
      const m = action.object.metadata;
      if (!m.name && m.generateName) {
        const p = phrase(action.object.kind, undefined);
        return {
          ko: `${who} ${josa(`새 ${p.ko}`, '을/를')} 생성한다 (이름 접두사 ${m.generateName})`,
          en: `${title.en} creates a ${p.en} (generateName ${m.generateName})`,
        };
      }
      const p = phrase(action.object.kind, m.name);
      return { ko: `${who} ${josa(p.ko, '을/를')} 생성한다`, en: `${title.en} creates ${p.en}` };
    }
    case 'update': {
      const p = phrase(action.object.kind, action.object.metadata.name);
      const replicas = (action.object.spec as { replicas?: number } | undefined)?.replicas;
      if (action.object.kind === 'ReplicaSet' && replicas !== undefined) {
        return { ko: `${who} ${p.ko}의 레플리카 수를 ${replicas}개로 맞춘다`, en: `${title.en} scales ${p.en} to ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}` };
      }
      return { ko: `${who} ${josa(p.ko, '을/를')} 변경한다`, en: `${title.en} updates ${p.en}` };
    }
    case 'updateStatus': {
      const p = phrase(action.object.kind, action.object.metadata.name);
      return { ko: `${who} ${p.ko}의 상태(status)를 갱신한다`, en: `${title.en} updates the status of ${p.en}` };
    }
    case 'delete': {
      const p = phrase(action.target.kind, action.target.name);
      return { ko: `${who} ${josa(p.ko, '을/를')} 삭제한다`, en: `${title.en} deletes ${p.en}` };
    }
    case 'event': {
      const e = action.event;
      const p = phrase(e.involvedObject.kind, e.involvedObject.name);
      // The message says what happened ("Created pod: web-7c5d-x2x4z"), which the request did not know yet.
      return { ko: `${who} ${p.ko}에 대한 ${e.reason} 이벤트를 기록한다: ${e.message}`, en: `${title.en} records event ${e.reason} for ${p.en}: ${e.message}` };
    }
  }
}
