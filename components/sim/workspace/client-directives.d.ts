// Lets Astro components write `client:workspace` (registered by ./integration.mjs). Named apart from
// directive.ts: TypeScript skips a .d.ts whose name matches a .ts file beside it.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:workspace'?: boolean;
  }
}
export {};
