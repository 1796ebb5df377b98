// Type objects by spec name, for builtin types that have no slot in T (types private to one module).
import { Ref } from './core';

export const typeRefsByName = new Map<string, Ref>();

export function specTypeRef(name: string): Ref {
  const t = typeRefsByName.get(name);
  if (t === undefined) throw new Error(`no builtin type named ${name}`);
  return t;
}
