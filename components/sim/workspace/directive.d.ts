// Lets Astro components write `client:workspace` (registered by ./integration.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:workspace'?: boolean;
  }
}
export {};
