// Per-worker settings that sys exposes (interpreter-wide ones — recursion limit, switch interval, GIL mode —
// live in heap words every worker reads).

export const sysState = {
  executable: '',
  prefix: '',
};
