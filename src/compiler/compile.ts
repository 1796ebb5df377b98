// Source text → code unit: parse, analyse scopes, generate code.

import { parse } from './parser';
import { compileAst } from './codegen';
import { CodeUnit } from './opcodes';

export type CompileMode = 'exec' | 'eval' | 'single';

export function compileSource(source: string, filename: string, mode: CompileMode): CodeUnit {
  const tree = parse(source, filename, mode);
  return compileAst(tree, { filename, mode, source });
}
