// Every heap layout gilt uses, as word offsets. One word = 4 bytes; the heap is addressed in words.
//
// A *reference* (Ref) is a 32-bit value: an odd value is a tagged small int (value = ref >> 1, 31 bits);
// an even non-zero value is the word address of an object; 0 is NULL (no object, or "an exception is set").
// Objects are 8-byte aligned, so their word addresses are even and never collide with tagged ints.

/** The heap header: the first words of the heap, shared by every thread of the interpreter. */
export const enum HeapHeader {
  NullGuard = 0, // always -1: incref/decref of NULL read this word and, seeing "immortal", do nothing
  Magic = 1, // 0x67696c74 ('gilt'), to recognise a heap
  Top = 2, // words: the high-water mark; everything below is carved into segments
  Limit = 3, // words: the end of the reservation; Top may not pass it (MemoryError)
  AllocLock = 4, // futex mutex (0/1/2, src/gil/mutex.ts) around the shared free lists (free-threaded mode only)
  NextUniqueId = 5, // counter: ids for code objects and strings, never reused
  TypeVersion = 6, // counter: version tags for type method caches
  LargeFreeList = 7, // word address of the first free large segment, 0 if none
  LiveObjects = 8, // count of allocated objects (not raw blocks), for the cycle collector's threshold
  AllocsSinceGC = 9, // objects allocated since the last collection
  GcThreshold = 10, // collect when AllocsSinceGC passes this (0 = collector disabled)
  GcDisabled = 11, // 1 after gc.disable()
  Trace = 12, // word address of the trace block (src/trace/layout.ts), 0 when -X gilstats/giltrace are off
  ScratchSlot = 13, // free-threaded: where a worker's QSBR stores go before it has a slot (never read)
  InterpreterReady = 14, // 1 once the main worker has built the interpreter: carriers booted early wait for it
  EvalBreaker = 16, // bitset of EvalBreakerBit: the one word the eval loop polls at backward jumps and calls
  PendingSignals = 17, // bitset of signal numbers the supervisor has seen (SIGINT = 1 << 2)
  ExitCode = 18, // set by the worker that ends the program, read by the supervisor
  MainThreadId = 19,
  // 20..29: the GIL block (GilWord in src/gil/gil.ts); 30..47: the threads block (ThreadsWord below)
  FreeListHeads = 48, // SizeClassCount words: head of each small size class's free list
  PageCursor = 48 + 64, // SizeClassCount words: next uncarved slot of the class's current page
  PageEnd = 48 + 128, // SizeClassCount words: end of the class's current page
  RunQueue = 240, // RunQueueWord.Size words: threads waiting for a carrier worker (src/threads/run_queue.ts)
  Registry = 256, // RegistrySize words: refs to builtin types, singletons and tables (see registry.ts)
  RegistrySize = 512,
  HeaderWords = 1024, // the first segment starts here (rounded up to a segment boundary)
}

export const enum EvalBreakerBit {
  GilDropRequest = 1, // another thread waits for the GIL
  Signals = 2, // PendingSignals is not empty (Ctrl-C)
  GcPending = 4, // the allocator crossed the collection threshold; collect at the next safe point
  AsyncExc = 8, // an exception was set for some thread (e.g. _thread.interrupt_main)
  StopTheWorld = 16, // free-threaded: a worker stops the world (collector, turning the GIL on): detach and wait
}

/** Interpreter-wide thread bookkeeping, at fixed places of the heap header (src/threads/). */
export const enum ThreadsWord {
  Count = 30, // Python threads started by _thread that have not finished (_thread._count())
  NextIdent = 31, // counter: thread idents handed out (the main thread is 1)
  MainWaitAddr = 32, // word address the main thread is blocked on (0 if none): Ctrl-C notifies it
  RecursionLimit = 33, // sys.setrecursionlimit(), read by every thread
  Parked = 34, // threads parked without a worker (statistics)
}

/**
 * Free-threaded mode's interpreter-wide words (src/gil/ft.ts), in the threads block of the heap header.
 * In GIL mode they stay zero.
 */
export const enum FtWord {
  Concurrent = 36, // 1 once a second thread may run Python beside the first: from then on the helpers are atomic
  Unsafe = 37, // 1 with -X unsafe_refcounts: refcounts and containers stay plain even then (teaching only)
  NextWorkerId = 38, // counter: worker ids (the main thread's worker is 1); they index the QSBR slots
  Attached = 39, // workers running Python now (attached); the world is stopped when only the stopper is
  StopRequest = 40, // 1 while a worker stops the world: attached workers detach at their next check and wait here
  Epoch = 41, // QSBR: the global epoch (deferred frees are tagged with it)
  Slots = 42, // raw block: per worker id (every SlotStride words), the epoch it last saw at a quiescent point
  Orphans = 43, // raw block of deferred frees handed over by workers going idle: pairs (ref, epoch) after a count
  OrphanLock = 44, // futex mutex (0/1/2) guarding Orphans
  Running = 45, // attached workers that may hold borrowed references (a thread ending has stopped counting)
}

/** The QSBR slot block: worker w's observed epoch is at Slots + RawHeaderWords + w * SlotStride. */
export const enum FtSlots {
  SlotStride = 16, // 64 bytes apart, so two workers updating their slots do not share a cache line
  MaxWorkers = 1024,
  Detached = 0x7fffffff, // a worker not running Python holds no borrowed references
}

/**
 * A thread record: a raw block describing one Python thread started by _thread.start_new_thread, shared by
 * the worker that started it and whichever carrier worker runs it. While the thread runs, its carrier's
 * ThreadState is the truth; when it parks, the fields below hold everything needed to resume it on any
 * carrier (frames are in the heap already; what the supervisor watches travels in its message).
 */
export const enum ThreadRec {
  Ident = 0,
  Func, // the callable (counted until the thread ends)
  Args, // tuple (counted until the thread ends)
  Kwargs, // dict or 0 (counted until the thread ends)
  Sentinels, // list of locks released when the thread ends (_thread._set_sentinel), or 0 (counted)
  // saved while parked:
  RootFrame, // word address of the thread's bottom frame
  Frame, // word address of the frame that called the parking native
  FrameTop, // next free word of the thread stack
  Chunk, // raw block of the current thread-stack chunk
  ExcInfo, // sys.exc_info() of the thread (counted)
  Depth, // Python call depth
  ParkKind, // ParkKind
  ParkObj, // the lock waited for (counted) or 0
  ParkDeadline = 14, // float64 (two words, so an even offset): absolute time in ms, Infinity = none
  TraceFunc = 16, // sys.settrace function of the thread while parked (counted) or 0
  ProfileFunc, // sys.setprofile function of the thread while parked (counted) or 0
  QueueNext, // the next record in the run queue, or 0
  QueueJob, // RunJob: what a carrier does with it when it leaves the run queue
  CpuNs = 20, // float64 (even offset): CPU time the thread used on carriers before it parked (time.thread_time)
  Size = 22,
}

export const enum ParkKind {
  None = 0,
  Sleep = 1, // time.sleep: resume after the deadline with None
  Lock = 2, // lock.acquire: retry when the lock word changes or the deadline passes
  RLock = 3, // RLock.acquire: the same on the RLock's inner state
}


/** Segments: the heap above the header is carved into 64 KiB-aligned segments, each starting with this. */
export const enum Segment {
  Kind = 0, // SegmentKind
  Words = 1, // total words of the segment, header included (a multiple of SegmentWords)
  SizeClass = 2, // small pages: the size class index; large: 0
  SlotWords = 3, // small pages: words per slot; large free segments: next free segment (word address)
  HeaderWords = 4, // slots start here (keeps 8-byte alignment)
  SegmentWords = 16384, // 64 KiB: segments are multiples of this and aligned to it
  SegmentShift = 14,
}

export const enum SegmentKind {
  SmallPage = 1, // slots of one size class
  Large = 2, // one block
  LargeFree = 3, // a free large segment on the free list
}

/** Every block the allocator hands out starts with two words that say what it is. */
export const enum Block {
  Word0 = 0, // object: refcount; raw block: its size in words; free slot: next free slot
  Word1 = 1, // object: its type (an even ref); raw block: RawMark; free slot: 0
  RawMark = 1, // an odd value no type ref can have
  RawHeaderWords = 2,
}

/** The header of every object. */
export const enum Obj {
  RefCnt = 0, // reference count; negative = immortal (never counted, never freed)
  Type = 1, // the object's type
  Flags = 2, // ObjFlag bits (collector marks, weakrefs; free-threaded: the per-object lock in bits 8..31)
  Aux = 3, // free-threaded: the QSBR epoch while FtQueued; the collector uses it as scratch (stop-the-world)
  HeaderWords = 4,
}

/** _thread.lock and _thread.RLock (src/modules/thread.ts). */
export const enum LockObj {
  State = Obj.HeaderWords, // 0 unlocked, 1 locked, 2 locked and someone may wait (Atomics only)
  Owner, // RLock: ident of the owning thread, 0 if none
  Count, // RLock: recursion count
  Size,
}

export const enum ObjFlag {
  GcReachable = 1, // collector scratch: proven reachable
  GcVisited = 2, // collector scratch
  Finalized = 4, // __del__ already ran
  HasWeakrefs = 8, // some weak reference points here: dealloc must clear them (src/modules/weakref.ts)
  FtQueued = 16, // free-threaded: refcount reached 0, dealloc deferred (src/gil/ft.ts); Obj.Aux holds the epoch
  // bits 8..30: free-threaded per-object lock (src/gil/critical_section.ts): the owning worker's id, 0 = free
  LockShift = 8,
  LockOwnerMask = 0x7fffff00,
  LockWaiters = -0x80000000, // bit 31: someone waits for the lock (the unlocker notifies)
}

export const IMMORTAL = -0x40000000;

/** type objects: src/objects/type.ts */
export const enum TypeObj {
  Name = Obj.HeaderWords, // str: __name__
  QualName, // str: __qualname__
  Base, // type: __base__ (0 for object)
  Bases, // tuple: __bases__
  Mro, // tuple: __mro__
  Dict, // dict: the type's namespace
  Flags, // TypeFlag bits
  Layout, // Layout: which native implementation owns instances' memory
  BasicWords, // words of a fixed-size instance (header included)
  DictOffset, // word offset of the instance __dict__ slot; 0 = none; -1 = after the variable part
  Version, // method-cache tag; 0 = not cacheable
  Subclasses, // list of (uncounted) subclass refs, or 0
  SlotNames, // tuple of __slots__ names this type itself added, or 0
  SlotStart, // word offset where this type's own __slots__ values start
  Module, // str or 0: __module__ for builtin types
  SlotsIndex, // index of the TypeSlots (fast paths) of this type or of its builtin base, per worker
  Size,
}

export const enum TypeFlag {
  HeapType = 1, // created by a class statement (mutable, refcounted, dunders looked up in the dict)
  BaseType = 2, // may be subclassed
  Abstract = 4,
  HasDel = 8, // defines __del__
  HasGetattr = 16, // defines __getattr__ (checked on AttributeError)
  HasGetattribute = 32, // overrides __getattribute__
  HasSetattr = 64, // overrides __setattr__ or __delattr__
  HasDescrGet = 128, // instances are descriptors with __get__
  HasDescrSet = 256, // instances are data descriptors (__set__ or __delete__)
  ExceptionType = 512, // a subclass of BaseException
  LongSubclass = 1024,
  TupleSubclass = 2048,
  StrSubclass = 4096,
  DictSubclass = 8192,
  ListSubclass = 16384,
  TypeSubclass = 32768, // a metaclass
  HasEq = 65536, // a heap type that defines __eq__ (or __hash__ differently)
  Immutable = 131072, // attributes may not be set (builtin types)
  Ready = 262144,
}

/** Which native implementation owns an instance's memory (a user class shares its builtin base's). */
export const enum Layout {
  Object = 0, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet,
  NoneType, NotImplementedType, EllipsisType, Range, Slice, Function, BuiltinFunction, MethodDescr,
  BoundMethod, Code, Frame, Cell, Module, Generator, Coroutine, AsyncGenerator, BaseException, Property,
  ClassMethod, StaticMethod, GetSetDescr, MemberDescr, Iterator, Super, Traceback, MemoryView, Weakref,
  DictView, Cells, NativeData, Lock, Deque, Count,
}

/** int beyond the tagged range: sign-magnitude, 32-bit limbs, least significant first. */
export const enum BigInt_ {
  Count = Obj.HeaderWords, // number of limbs, negated for negative numbers
  Limbs,
}

export const enum FloatObj {
  Value = Obj.HeaderWords, // a float64 (two words, 8-byte aligned since objects are)
  Size = Obj.HeaderWords + 2,
}

export const enum ComplexObj {
  Real = Obj.HeaderWords,
  Imag = Obj.HeaderWords + 2,
  Size = Obj.HeaderWords + 4,
}

/** str: code points stored inline at 1, 2 or 4 bytes each (the smallest that fits, as PEP 393). */
export const enum StrObj {
  Length = Obj.HeaderWords, // code points
  Hash, // cached hash, valid when StrFlag.Hashed
  Flags, // StrFlag bits
  Id, // unique id for the per-thread decoded-string cache
  Data, // the characters
}

export const enum StrFlag {
  Width1 = 1, // latin-1
  Width2 = 2, // UCS-2 (BMP)
  Width4 = 4, // UCS-4 (has astral characters)
  WidthMask = 7,
  Hashed = 8,
  Interned = 16,
  Ascii = 32,
}

export const enum BytesObj {
  Length = Obj.HeaderWords, // bytes
  Hash,
  Flags, // bit 1: hashed
  Data,
}

export const enum ByteArrayObj {
  Length = Obj.HeaderWords,
  Capacity,
  Buffer, // raw block of bytes (after its 2-word raw header), 0 when empty
  Exports, // memoryviews holding the buffer
  Size,
}

export const enum TupleObj {
  Length = Obj.HeaderWords,
  Hash, // unused cache
  Items, // refs inline
}

export const enum ListObj {
  Length = Obj.HeaderWords,
  Capacity,
  Items, // raw block of refs (items start at Items + Block.RawHeaderWords), 0 when capacity is 0
  Size,
}

/** dict: a compact, insertion-ordered hash table (index table + entry array in one raw block). */
export const enum DictObj {
  Used = Obj.HeaderWords, // live entries
  Table, // raw block: DictTable layout, 0 when empty
  Version, // bumped on every mutation (iterators detect changes)
  Size,
}

export const enum DictTable {
  IndexSize = Block.RawHeaderWords, // slots in the index (a power of two)
  EntryCapacity, // entries the entry array can hold
  EntryCount, // entries used, including deleted ones
  Header, // the index starts here: IndexSize int32 slots (-1 empty, -2 deleted, else entry number)
  // then EntryCapacity entries of DictEntry.Words words each
}

export const enum DictEntry {
  Hash = 0, // low 32 bits of the key's hash
  Key = 1, // 0 = deleted entry
  Value = 2,
  Words = 3,
}

/** set/frozenset: open addressing as CPython's (so iteration order of ints matches it). */
export const enum SetObj {
  Fill = Obj.HeaderWords, // active + dummy slots
  Used, // active slots
  Mask, // table slots - 1
  Table, // raw block: (Mask + 1) entries of SetEntry.Words words
  Hash, // frozenset hash cache (HashHi in the next word), valid when HashValid
  HashHi,
  HashValid,
  Finger, // pop() position
  Size,
}

export const enum SetEntry {
  Key = 0, // 0 = empty, DUMMY (1... an odd value) = deleted
  HashLo = 1,
  HashHi = 2,
  Words = 3,
}

export const enum RangeObj {
  Start = Obj.HeaderWords, // int refs (counted)
  Stop,
  Step,
  Length, // int ref
  Size,
}

export const enum SliceObj {
  Start = Obj.HeaderWords,
  Stop,
  Step,
  Size,
}

export const enum CellObj {
  Contents = Obj.HeaderWords,
  Size,
}

/** A code object: the compiler's output, immutable, shared by every thread. */
export const enum CodeObj {
  Id = Obj.HeaderWords, // unique id, keys per-thread caches of the decoded form
  Bytecode, // bytes: int32 instruction words (opcode | arg << 8)
  Consts, // tuple
  Names, // tuple of str: global/attribute names
  VarNames, // tuple of str: locals (arguments first)
  CellVars, // tuple of str
  FreeVars, // tuple of str
  Filename, // str
  Name, // str
  QualName, // str
  FirstLineNo,
  Positions, // bytes: int32 per instruction ×4: line, end line, column, end column (columns in code points, -1 unknown)
  ExceptionTable, // bytes: int32 ×4 per entry: start, end, target, depth | (lasti << 31)
  ArgCount,
  PosOnlyArgCount,
  KwOnlyArgCount,
  Flags, // CodeFlag
  StackSize,
  LineTableCache, // reserved
  Size,
}

export const enum CodeFlag {
  Optimized = 1,
  NewLocals = 2,
  VarArgs = 4,
  VarKeywords = 8,
  Nested = 16,
  Generator = 32,
  NoFree = 64,
  Coroutine = 128,
  IterableCoroutine = 256,
  AsyncGenerator = 512,
}

export const enum FunctionObj {
  Code = Obj.HeaderWords,
  Globals, // dict
  Builtins, // dict
  Name, // str
  QualName, // str
  Defaults, // tuple or 0
  KwDefaults, // dict or 0
  Closure, // tuple of cells or 0
  Doc, // any
  Module, // any
  Annotations, // dict or 0
  Dict, // dict or 0 (function attributes)
  Size,
}

/** builtin functions and methods implemented in TypeScript. */
export const enum BuiltinFunctionObj {
  Native = Obj.HeaderWords, // index into the per-thread table of native functions
  Self, // bound self (module for module functions), or 0
  Name, // str
  QualName, // str
  Size,
}

/** descriptors for methods of builtin types (list.append), getset attributes and __slots__ members. */
export const enum DescrObj {
  Native = Obj.HeaderWords, // MethodDescr: the method; GetSetDescr: the getter
  Setter, // GetSetDescr: the setter native index + 1, 0 = read-only; MemberDescr: word offset
  OwnerType, // type
  Name, // str
  Kind, // MethodKind for method descriptors
  Size,
}

export const enum MethodKind {
  Instance = 0,
  Class = 1, // classmethod of a builtin type (dict.fromkeys)
  Static = 2, // staticmethod of a builtin type (str.maketrans)
}

export const enum BoundMethodObj {
  Func = Obj.HeaderWords,
  Self,
  Size,
}

export const enum ModuleObj {
  Dict = Obj.HeaderWords,
  Name, // str
  Size,
}

/** property, classmethod, staticmethod, super, and other small wrappers: up to 4 ref fields. */
export const enum WrapperObj {
  A = Obj.HeaderWords, // property: fget; classmethod/staticmethod: the callable; super: type
  B, // property: fset; super: obj
  C, // property: fdel; super: obj type
  D, // property: doc
  E, // property: name
  Size,
}

/** exceptions (BaseException and subclasses) */
export const enum ExcObj {
  Args = Obj.HeaderWords, // tuple
  Traceback, // traceback or 0
  Context, // exception or 0
  Cause, // exception or 0
  SuppressContext, // 0/1
  Notes, // list or 0
  Dict, // dict or 0 (instance attributes; every exception has one)
  Extra1, // subclass-specific: StopIteration.value, SystemExit.code, OSError.errno, ImportError.name, …
  Extra2,
  Extra3,
  Extra4,
  Extra5,
  Size,
}

export const enum TracebackObj {
  Next = Obj.HeaderWords,
  Frame, // frame object
  LastI,
  LineNo,
  Size,
}

/** A frame *object*, made on demand for tracebacks and sys._getframe (the running frame lives on the thread's frame stack). */
export const enum FrameObj {
  Code = Obj.HeaderWords,
  Globals,
  Locals, // dict or 0
  Back, // frame object or 0
  LineNo,
  LastI,
  Builtins,
  Trace, // f_trace: the local trace function (counted) or 0
  FastLocals, // f_locals of a function frame: a dict refreshed from the fast locals on each read (counted) or 0
  Live, // word address of the running frame while it exists (not counted), 0 once it finished
  PrevInstr, // the instruction traced last in this frame (-1 before the first): line events fire on a change
  Size,
}

/** Iterators over builtin sequences and mappings share one layout. */
export const enum IterObj {
  Kind = Obj.HeaderWords, // IterKind
  Source, // the iterated object (counted), 0 once exhausted
  Index, // position
  Extra, // kind-specific (dict version, range step, …)
  Extra2,
  Size,
}

/** generator, coroutine and async generator: the suspended frame is stored inline after these fields. */
export const enum GenObj {
  Frame = Obj.HeaderWords, // word address of the inline frame (= the object + FrameStart)
  State, // GenState
  Name, // str
  QualName, // str
  Code, // code
  YieldFrom, // the iterator a `yield from`/`await` delegates to, or 0
  HookState, // async generators: hooks; coroutines: origin
  ExcState, // the exception being handled inside the generator, saved while it is suspended (counted)
  FrameStart,
}

export const enum GenState {
  Created = 0,
  Suspended = 1,
  Running = 2,
  Closed = 3,
}

/** Frames on a thread's frame stack (or inline in a generator). Not objects: no header. */
export const enum Frame {
  Code = 0, // code (counted)
  Func, // function (counted) or 0
  Globals, // dict (counted)
  Builtins, // dict (counted)
  Locals, // mapping for module/class bodies (counted) or 0
  Back, // word address of the caller's frame, 0 at the bottom
  Ip, // next instruction index
  Sp, // value-stack depth
  Owner, // FrameOwner
  ExcInfo, // the exception being handled in this frame (for sys.exc_info / bare raise), or 0 (counted)
  FrameObject, // the frame object made for this frame, or 0 (counted)
  LocalsPlus, // locals, then cells, then free vars, then the value stack
}

export const enum FrameOwner {
  Thread = 0,
  Generator = 1,
  EntryFrame = 2, // the bottom frame of a nested eval loop started from native code
  InitCall = 3, // a thread frame running __init__ for a class call made by CALL: the instance waits on the caller's stack
}

/** memoryview (basic) */
export const enum MemoryViewObj {
  Source = Obj.HeaderWords, // bytes or bytearray
  Start,
  Length,
  Released,
  Format, // 0 = 'B'
  Size,
}

/** Objects whose state is a JS-side structure (e.g. compiled regex) keyed by a unique id. */
export const enum NativeDataObj {
  Id = Obj.HeaderWords,
  Kind,
  Ref1, // optional counted refs
  Ref2,
  Size,
}

/** weak references */
export const enum WeakrefObj {
  Target = Obj.HeaderWords, // uncounted; 0 once dead
  Callback, // counted or 0
  Hash,
  Next, // next weakref to the same target (uncounted)
  Size,
}

/** Plain instances of user classes: header, then __dict__, then __slots__ values. */
export const enum InstanceObj {
  Dict = Obj.HeaderWords,
  Size,
}
