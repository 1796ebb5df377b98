// gilt's bytecode. One instruction is one int32 word: `opcode | (arg << 8)` (arg is 24 bits, signed).
// Jump arguments are absolute instruction indices. The set follows CPython 3.11's in spirit (a stack
// machine with an exception table instead of a block stack) but is our own.
//
// Stack effects are written as (before -- after).

export const enum Op {
  NOP = 0,
  POP_TOP, // (x -- )
  PUSH_NULL, // ( -- NULL)
  COPY, // arg n: (… x … -- … x … x) copy the n-th item (1 = top)
  SWAP, // arg n: swap top and n-th
  LOAD_CONST, // arg: consts index
  LOAD_FAST, // arg: local index; UnboundLocalError if unset
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF, // arg: cell/free index (cells first, then frees), reads the cell
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE, // push the cell object itself
  LOAD_CLASSDEREF, // class body: locals mapping first, then the cell
  LOAD_NAME, // arg: names index (module/class bodies: locals, globals, builtins)
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL, // arg: names index
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_ATTR, // arg: names index (obj -- value)
  STORE_ATTR, // (value obj -- )
  DELETE_ATTR, // (obj -- )
  LOAD_METHOD, // arg: names index (obj -- method self) or (obj -- attr NULL)
  BINARY_SUBSCR, // (container key -- value)
  STORE_SUBSCR, // (value container key -- )
  DELETE_SUBSCR, // (container key -- )
  BINARY_SLICE, // (container start stop -- value)
  STORE_SLICE, // (value container start stop -- )
  BUILD_SLICE, // arg 2|3
  BINARY_OP, // arg: BinOp, + InplaceOffset for in-place
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_NOT,
  UNARY_INVERT,
  COMPARE_OP, // arg: CompareOp
  IS_OP, // arg 1 = is not
  CONTAINS_OP, // arg 1 = not in
  BUILD_TUPLE, // arg n
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP, // arg n pairs (k1 v1 … kn vn -- dict)
  BUILD_CONST_KEY_MAP, // arg n (v1 … vn keys_tuple -- dict)
  BUILD_STRING, // arg n (s1 … sn -- str)
  LIST_APPEND, // arg i: (list at i … v -- list …)  [i counted from top after pop]
  SET_ADD,
  MAP_ADD, // (… dict … k v -- …)
  LIST_EXTEND, // arg i
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE, // like DICT_UPDATE but duplicate keys are a TypeError (f(**a, **b))
  LIST_TO_TUPLE,
  FORMAT_VALUE, // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on the stack
  UNPACK_SEQUENCE, // arg n
  UNPACK_EX, // arg: before | after << 8
  JUMP_FORWARD, // arg: target
  JUMP_BACKWARD, // arg: target (polls the eval breaker)
  POP_JUMP_IF_FALSE, // arg: target
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER, // arg: target when exhausted (pops the iterator)
  CALL, // arg n: (callable self_or_NULL a1 … an -- result); KW_NAMES before it names the last args
  KW_NAMES, // arg: consts index of a tuple of str
  CALL_FUNCTION_EX, // arg 1 if a kwargs mapping is on the stack (callable NULL args_tuple [kwargs] -- result)
  MAKE_FUNCTION, // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure (… code -- function)
  RETURN_VALUE,
  RAISE_VARARGS, // arg 0 (re-raise), 1 (exc), 2 (exc cause)
  RERAISE, // arg: 1 = restore f_lasti from the stack (unused); (exc -- )
  PUSH_EXC_INFO, // (exc -- prev_exc exc)
  POP_EXCEPT, // (prev_exc -- )
  CHECK_EXC_MATCH, // (exc type -- exc bool)
  CHECK_EG_MATCH, // (eg type -- rest match)
  BEFORE_WITH, // (mgr -- exit enter_result)
  BEFORE_ASYNC_WITH, // (mgr -- exit awaitable)
  WITH_EXCEPT_START, // (exit … exc -- exit … exc result)
  LOAD_ASSERTION_ERROR,
  LOAD_BUILD_CLASS,
  SETUP_ANNOTATIONS,
  IMPORT_NAME, // arg: names index (level fromlist -- module)
  IMPORT_FROM, // arg: names index (module -- module value)
  IMPORT_STAR, // (module -- )
  YIELD_VALUE, // (value -- sent)
  GET_YIELD_FROM_ITER,
  SEND, // arg: target when the sub-iterator returns (iter value -- iter result) / (iter value -- retval)
  GET_AWAITABLE, // arg: 0 plain, 1 after __aenter__, 2 after __aexit__
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR, // (aiter exc -- )
  ASYNC_GEN_WRAP,
  RETURN_GENERATOR, // first instruction of generator code: make the generator and return it
  PRINT_EXPR, // REPL: (value -- )
  MATCH_CLASS, // arg n positional patterns (subject cls names -- attrs_tuple|None)
  MATCH_MAPPING, // (subject -- subject bool)
  MATCH_SEQUENCE,
  MATCH_KEYS, // (subject keys -- subject keys values_tuple|None)
  GET_LEN, // (obj -- obj len)
  COPY_DICT_WITHOUT_KEYS, // (subject keys -- subject rest_dict)
  LOAD_LOCALS, // push the locals mapping
  SETUP_CLASSCELL, // unused
  CLEANUP_THROW, // (sub_iter exc -- value)
  DELETE_LOCALS, // unused
  TRACE, // never emitted: the instruction words of a traced frame (src/vm/trace.ts)
  Count,
}

export const OP_NAMES: string[] = [
  'NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST',
  'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_NAME', 'STORE_NAME',
  'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR',
  'LOAD_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'BUILD_SLICE',
  'BINARY_OP', 'UNARY_NEGATIVE', 'UNARY_POSITIVE', 'UNARY_NOT', 'UNARY_INVERT', 'COMPARE_OP', 'IS_OP',
  'CONTAINS_OP', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
  'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE',
  'FORMAT_VALUE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE',
  'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
  'GET_ITER', 'FOR_ITER', 'CALL', 'KW_NAMES', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'RETURN_VALUE',
  'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH', 'BEFORE_WITH',
  'BEFORE_ASYNC_WITH', 'WITH_EXCEPT_START', 'LOAD_ASSERTION_ERROR', 'LOAD_BUILD_CLASS', 'SETUP_ANNOTATIONS',
  'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'SEND', 'GET_AWAITABLE',
  'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'ASYNC_GEN_WRAP', 'RETURN_GENERATOR', 'PRINT_EXPR', 'MATCH_CLASS',
  'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'GET_LEN', 'COPY_DICT_WITHOUT_KEYS', 'LOAD_LOCALS',
  'SETUP_CLASSCELL', 'CLEANUP_THROW', 'DELETE_LOCALS', 'TRACE',
];

export const enum MakeFunctionFlag {
  Defaults = 1,
  KwDefaults = 2,
  Annotations = 4,
  Closure = 8,
}

export const enum FormatFlag {
  ConvMask = 3,
  Str = 1,
  Repr = 2,
  Ascii = 3,
  HasSpec = 4,
}

/** The compiler's output for one code object, before it is written into the heap. */
export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  firstLineNo: number;
  code: number[]; // instruction words
  positions: number[]; // 4 per instruction: line, end line, col, end col (code points; -1 unknown)
  exceptionTable: number[]; // 4 per entry: start, end (exclusive), target, depth | lasti << 31
  consts: ConstValue[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number; // CodeFlag
  stacksize: number;
}

/** Constants: the parser's constant values, tuples of constants, and nested code units. */
export type ConstValue =
  | null | boolean | bigint | number | string | Uint8Array | { imag: number } | { ellipsis: true }
  | { tuple: ConstValue[] } | { frozenset: ConstValue[] } | { code: CodeUnit } | { float: number };
