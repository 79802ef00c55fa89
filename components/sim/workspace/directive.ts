// `client:workspace`: hydrates the workspace island only when the reader wants the workspace (a Run
// button, or an island calling openWorkspace()), or at once when the reader left it open on an
// earlier page. Until then the page fetches none of its code. Astro inlines this directive into the
// page (it is registered by ./integration.mjs), so it must stay tiny: it takes only constants from api.ts.
import type { ClientDirective } from 'astro';
import { OPEN_EVENT, PREFS_KEY, WORKSPACE_QUEUE } from './api.ts';

const directive: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    document.removeEventListener(OPEN_EVENT, start);
    const hydrate = await load();
    await hydrate();
  };
  let leftOpen = false;
  try {
    leftOpen = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}')?.open === true;
  } catch {
    // Unreadable preferences: wait for a request.
  }
  const queued = (window as unknown as Record<string, unknown>)[WORKSPACE_QUEUE];
  if (leftOpen || (Array.isArray(queued) && queued.length > 0) || el.closest('[data-ws-full]')) void start();
  else document.addEventListener(OPEN_EVENT, start);
};

export default directive;
