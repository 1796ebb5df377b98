// Compile-time constants that scripts/build.mjs defines for each bundle.

/**
 * true in dist/worker-ft.js, the worker that free-threaded mode (-X gil=0) runs; false everywhere else.
 * Code under `if (__GILT_FT__)` is the free-threaded side of a helper (atomic refcounts, per-object locks,
 * deferred freeing): in the GIL-mode bundle the constant is `false` and that code is not there at all, so
 * GIL mode pays nothing for free-threaded mode existing (DESIGN §1.5).
 */
declare const __GILT_FT__: boolean;
