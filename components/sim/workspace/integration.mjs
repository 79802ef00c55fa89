// Registers the `client:workspace` directive (./directive.ts): the workspace island hydrates on the
// reader's first request for it, so a note's JavaScript is unchanged until then.
import { fileURLToPath } from 'node:url';
/** @returns {import('astro').AstroIntegration} */
export function workspaceIntegration() {
  return {
    name: 'k8s-notes-workspace',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'workspace', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
