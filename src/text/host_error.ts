// Pure TypeScript libraries (the parser, number formatting, the regex engine) know nothing of heap
// objects. When they must fail the way Python fails, they throw a HostError naming the Python
// exception type; the VM turns it into that exception at the boundary where it called the library.
export class HostError {
  constructor(
    readonly pyType: string, // a builtin exception name: 'ValueError', 'TypeError', 'OverflowError', …
    readonly message: string,
  ) {}
}

export function hostError(pyType: string, message: string): HostError {
  return new HostError(pyType, message);
}
