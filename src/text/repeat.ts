import { hostError } from './host_error';

/** V8's longest string (2^29 - 24 UTF-16 units). */
export const MAX_STRING_LENGTH = 0x1fffffe8;

/**
 * s repeated n times. A result no JS string can hold is CPython's MemoryError (CPython
 * itself might still manage it, but it is the honest failure here), not a JS RangeError.
 */
export function repeat(s: string, n: number): string {
  if (n <= 0) return '';
  if (n * s.length > MAX_STRING_LENGTH) throw hostError('MemoryError', '');
  return s.repeat(n);
}

/** Joins pieces, failing with MemoryError as `repeat` does. */
export function checkedConcat(...parts: string[]): string {
  let length = 0;
  for (const p of parts) length += p.length;
  if (length > MAX_STRING_LENGTH) throw hostError('MemoryError', '');
  return parts.join('');
}
