// An event about an API object, recorded by a controller (the EventRecorder's Eventf on an object).
import type { KubeObject } from '../../api/types.ts';
import type { ControllerEvent } from './actions.ts';

export function objectEvent(obj: KubeObject, source: string, type: 'Normal' | 'Warning', reason: string, message: string): ControllerEvent {
  return {
    involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '', uid: obj.metadata.uid },
    type, reason, message, source,
  };
}
