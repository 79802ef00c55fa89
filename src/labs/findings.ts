// What a failed check tells the reader, in both languages and in the reader's terms
// ("pod `web` exists but its image is `nginx:1.26`; the task asks for `nginx:1.27`").
// Korean sentences put the particle on the Korean noun ("`web` 파드는"), never on a name the reader
// chose, so they read right whatever the name ends with.
import type { Text } from './types.ts';
import { josa } from '../i18n/narration/korean.ts';

/** How an object is named in a message: `web` 파드 / pod `web` (with its namespace when not default). */
export interface Subject {
  kindKo: string;
  kindEn: string;
  name: string;
  namespace?: string;
  /** Nodes, namespaces...: named without a namespace. */
  clusterScoped?: boolean;
}

const code = (v: unknown): string => '`' + (typeof v === 'string' ? v : JSON.stringify(v)) + '`';

function whereKo(s: Subject): string {
  return s.namespace && s.namespace !== 'default' ? `${code(s.namespace)} 네임스페이스의 ` : '';
}
function whereEn(s: Subject): string {
  return s.namespace && s.namespace !== 'default' ? ` in namespace ${code(s.namespace)}` : '';
}

export function subjectText(s: Subject): Text {
  return { ko: `${whereKo(s)}${code(s.name)} ${s.kindKo}`, en: `${s.kindEn} ${code(s.name)}${whereEn(s)}` };
}

export function missing(s: Subject): Text {
  if (s.clusterScoped) {
    return { ko: `${code(s.name)} ${josa(s.kindKo, '이/가')} 없다.`, en: `There is no ${s.kindEn} ${code(s.name)}.` };
  }
  const ns = s.namespace ?? 'default';
  return {
    ko: `${code(ns)} 네임스페이스에 ${code(s.name)} ${josa(s.kindKo, '이/가')} 없다.`,
    en: `There is no ${s.kindEn} ${code(s.name)} in namespace ${code(ns)}.`,
  };
}

/** The object exists, but one of its fields differs from what the task asks for. */
export function mismatch(s: Subject, field: Text, actual: unknown, expected: unknown): Text {
  const subject = subjectText(s);
  const actualKo = actual === undefined ? '설정되어 있지 않다' : `${code(actual)}이다`;
  const actualEn = actual === undefined ? 'not set' : code(actual);
  return {
    ko: `${subject.ko.replace(/ ([^ ]+)$/, (_m, kind: string) => ` ${josa(kind, '은/는')}`)} 있지만 ${josa(field.ko, '이/가')} ${actualKo}. 과제가 요구하는 값: ${code(expected)}.`,
    en: `${capitalise(subject.en)} exists but its ${field.en} is ${actualEn}; the task asks for ${code(expected)}.`,
  };
}

/** Something that should not exist (any more) still does. */
export function stillThere(s: Subject): Text {
  const subject = subjectText(s);
  return {
    ko: `${subject.ko.replace(/ ([^ ]+)$/, (_m, kind: string) => ` ${josa(kind, '이/가')}`)} 아직 남아 있다.`,
    en: `${capitalise(subject.en)} still exists.`,
  };
}

/** A number of things differs from the task's ("pods with label `app=web`": 2, asked 3). */
export function countMismatch(what: Text, actual: number, expected: number): Text {
  return {
    ko: `${what.ko}: ${actual}개. 과제가 요구하는 수: ${expected}개.`,
    en: `${capitalise(what.en)}: ${actual}; the task asks for ${expected}.`,
  };
}

/** A free-form finding. */
export function note(ko: string, en: string): Text {
  return { ko, en };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
