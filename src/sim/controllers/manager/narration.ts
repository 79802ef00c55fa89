// The log's narration of the requests the controllers send (the sentences: src/i18n/narration).
import type { Narration } from '../../kernel/log.ts';
import type { ControllerName } from '../../../i18n/narration/messages.ts';
import type { ControllerAction } from '../util/actions.ts';

/** Plural resource of a kind the controllers write. */
export function pluralOf(kind: string): string {
  const special: Record<string, string> = { Endpoints: 'endpoints' };
  if (special[kind]) return special[kind];
  const lower = kind.toLowerCase();
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}

export function actionNarration(controller: ControllerName, action: ControllerAction): Narration {
  if ('narration' in action && action.narration) return action.narration;
  switch (action.type) {
    case 'create': {
      const m = action.object.metadata;
      const resource = pluralOf(action.object.kind);
      if (!m.name && m.generateName) return { id: 'controller.create', params: { controller, resource, generateName: m.generateName } };
      return { id: 'controller.create', params: { controller, resource, name: m.name } };
    }
    case 'update': {
      const resource = pluralOf(action.object.kind);
      const name = action.object.metadata.name ?? '';
      const replicas = (action.object.spec as { replicas?: number } | undefined)?.replicas;
      if (action.object.kind === 'ReplicaSet' && replicas !== undefined) return { id: 'controller.scale', params: { controller, resource, name, replicas } };
      return { id: 'controller.update', params: { controller, resource, name } };
    }
    case 'updateStatus':
      return { id: 'controller.update-status', params: { controller, resource: pluralOf(action.object.kind), name: action.object.metadata.name ?? '' } };
    case 'delete':
      return { id: 'controller.delete', params: { controller, resource: pluralOf(action.target.kind), name: action.target.name } };
    case 'event': {
      const e = action.event;
      // The message says what happened ("Created pod: web-7c5d-x2x4z"), which the request did not know yet.
      return { id: 'controller.event', params: { controller, resource: pluralOf(e.involvedObject.kind), name: e.involvedObject.name, reason: e.reason, message: e.message } };
    }
  }
}
