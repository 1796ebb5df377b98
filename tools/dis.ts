// Developer tool: print the bytecode gilt compiles for a snippet or file.
//   node scripts/dis.mjs "x = 1 + 2"      node scripts/dis.mjs -f file.py
import * as fs from 'node:fs';
import { compileSource } from '../src/compiler/compile';
import { OP_NAMES, CodeUnit } from '../src/compiler/opcodes';

const args = process.argv.slice(2);
const src = args[0] === '-f' ? fs.readFileSync(args[1], 'utf8') : args[0];

function dump(u: CodeUnit, ind = ''): void {
  console.log(`${ind}code ${u.qualname} stacksize=${u.stacksize} varnames=[${u.varnames}] cells=[${u.cellvars}] frees=[${u.freevars}]`);
  u.code.forEach((w, i) => console.log(`${ind}${String(i).padStart(4)} ${OP_NAMES[w & 255].padEnd(22)} ${String(w >> 8).padEnd(6)} line ${u.positions[i * 4]}`));
  if (u.exceptionTable.length) console.log(`${ind}exception table: ${JSON.stringify(u.exceptionTable)}`);
  for (const c of u.consts) if (c && typeof c === 'object' && 'code' in c) dump(c.code, ind + '  ');
}
dump(compileSource(src, '<dis>', 'exec'));
