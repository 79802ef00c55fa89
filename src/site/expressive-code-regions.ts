// Expressive Code makes a code block that scrolls sideways keyboard-reachable: its script gives the
// <pre> tabindex="0" and role="region", with no name. Two such blocks on a page are two landmarks
// that cannot be told apart (axe: landmark-unique). This plugin gives every block a name at build
// time, its position and first line ("코드 블록 3: kubectl get pods"), kept in a data attribute,
// and a few lines of script name the <pre> while it is a region and unname it when it stops being
// one (a name on a plain <pre> is not allowed).
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

export const REGION_LABEL_ATTR = 'data-region-label';

const WORDS = { ko: '코드 블록', en: 'Code block' } as const;

/** The block's name: its place on the page and its first non-empty line, cut short. */
export function regionLabel(lang: 'ko' | 'en', position: number, code: string) {
  const first = code.split('\n').find((line) => line.trim())?.trim() ?? '';
  const short = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `${WORDS[lang]} ${position}${short ? `: ${short}` : ''}`;
}

// Mirrors Expressive Code's own attribute changes on each <pre>.
const NAME_REGIONS = `(()=>{const a='${REGION_LABEL_ATTR}',n=p=>{p.getAttribute('role')==='region'?p.setAttribute('aria-label',p.getAttribute(a)):p.removeAttribute('aria-label')},o=new MutationObserver(m=>m.forEach(r=>n(r.target)));const w=()=>document.querySelectorAll('.expressive-code pre['+a+']').forEach(p=>{n(p);o.observe(p,{attributes:true,attributeFilter:['role']})});w();document.addEventListener('astro:page-load',w)})();`;

export function regionLabelPlugin(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'k8s-region-labels',
    jsModules: [NAME_REGIONS],
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const path = codeBlock.parentDocument?.sourceFilePath ?? '';
        const lang = /[\\/]content[\\/]docs[\\/]en[\\/]/.test(path) ? 'en' : 'ko';
        const position = (codeBlock.parentDocument?.positionInDocument?.groupIndex ?? 0) + 1;
        const label = regionLabel(lang, position, codeBlock.code);
        const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
          if (node.type === 'element' && node.tagName === 'pre') node.properties = { ...node.properties, [REGION_LABEL_ATTR]: label };
          for (const child of node.children ?? []) visit(child as typeof node);
        };
        visit(renderData.blockAst as Parameters<typeof visit>[0]);
      },
    },
  });
}
