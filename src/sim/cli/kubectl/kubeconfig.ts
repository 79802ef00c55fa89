import type { CommandIO } from '../command.ts';

/**
 * The kubectl client's kubeconfig as kubeadm writes it (one cluster, one admin user, one context).
 * It lives in the session so `kubectl config set-context --current --namespace=dev` persists.
 */
export interface KubeconfigState {
  currentContext: string;
  contexts: Record<string, { cluster: string; user: string; namespace?: string }>;
}

export function kubeconfig(io: CommandIO): KubeconfigState {
  let state = io.session.kubeconfig as KubeconfigState | undefined;
  if (!state) {
    state = {
      currentContext: 'kubernetes-admin@kubernetes',
      contexts: { 'kubernetes-admin@kubernetes': { cluster: 'kubernetes', user: 'kubernetes-admin' } },
    };
    io.session.kubeconfig = state;
  }
  return state;
}

export function currentNamespace(io: CommandIO): string {
  const state = kubeconfig(io);
  return state.contexts[state.currentContext]?.namespace || 'default';
}
