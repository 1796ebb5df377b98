_CM = ("@M.contextmanager\ndef cm(log, swallow=False):\n  'cm doc'\n  log.append('enter')\n  try:\n    yield 'value'\n"
       "  except ValueError as e:\n    log.append(('caught', str(e)))\n    if not swallow: raise\n  finally:\n    log.append('exit')\n")
_ASYNC = "import asyncio\n"
CASES = [
    "sorted(M.__all__)",
    _CM + "log = []\nwith cm(log) as v:\n  log.append(v)\nresult = log",
    _CM + "log = []\ntry:\n  with cm(log):\n    raise ValueError('boom')\nexcept ValueError as e:\n  log.append(('outside', str(e)))\nresult = log",
    _CM + "log = []\nwith cm(log, swallow=True):\n  raise ValueError('quiet')\nresult = log",
    _CM + "log = []\ntry:\n  with cm(log):\n    raise KeyError('k')\nexcept KeyError as e:\n  log.append(repr(e))\nresult = log",
    _CM + "result = (cm.__name__, cm.__doc__, cm([]).__doc__, type(cm([])).__name__, cm.__wrapped__.__name__)",
    "@M.contextmanager\ndef bad():\n  if False: yield\nwith bad(): pass",
    "@M.contextmanager\ndef bad():\n  yield 1\n  yield 2\nwith bad(): pass",
    "@M.contextmanager\ndef bad():\n  try:\n    yield 1\n  except ValueError:\n    yield 2\nwith bad(): raise ValueError",
    "@M.contextmanager\ndef conv():\n  try:\n    yield\n  except ValueError:\n    raise TypeError('converted')\ntry:\n  with conv(): raise ValueError('orig')\nexcept TypeError as e:\n  result = (str(e), type(e.__context__).__name__)",
    "@M.contextmanager\ndef plain():\n  yield\ntry:\n  with plain(): raise StopIteration('si')\nexcept StopIteration as e:\n  result = ('propagated', str(e))",
    "@M.contextmanager\ndef plain():\n  yield\ndef gen():\n  with plain():\n    yield 1\n    raise StopIteration\ntry:\n  result = list(gen())\nexcept RuntimeError as e:\n  result = str(e)",
    "@M.contextmanager\ndef stopper():\n  yield\n  return\nwith stopper():\n  pass\nresult = 'ok'",
    "@M.contextmanager\ndef cm():\n  yield\nwith cm() as v: pass\nresult = v",
    "@M.contextmanager\ndef cm():\n  yield\nc = cm()\nwith c: pass\nwith c: pass",
    # ContextDecorator
    _CM + "log = []\n@cm(log)\ndef f(x):\n  log.append(x)\n  return x * 2\nresult = (f(1), f(2), log, f.__name__)",
    "class D(M.ContextDecorator):\n  def __init__(self): self.log = []\n  def __enter__(self): self.log.append('in'); return self\n  def __exit__(self, *e): self.log.append('out'); return False\n"
    "d = D()\n@d\ndef f(): return 5\nresult = (f(), f(), d.log)",
    # closing / suppress / nullcontext / redirect
    "class T:\n  closed = False\n  def close(self): self.closed = True\nt = T()\nwith M.closing(t) as x:\n  inside = x.closed\nresult = (x is t, inside, t.closed)",
    "with M.suppress(KeyError, ValueError):\n  raise KeyError(1)\nresult = 'suppressed'",
    "with M.suppress(KeyError):\n  raise IndexError(1)",
    "with M.suppress():\n  raise IndexError(1)",
    "M.suppress(ValueError).__exit__(None, None, None)",
    "M.suppress(ValueError).__exit__(ValueError, ValueError(), None)",
    "with M.suppress(LookupError):\n  {}['x']\nresult = 'ok'",
    "with M.nullcontext(5) as v: pass\nresult = v", "with M.nullcontext() as v: pass\nresult = v",
    "import io, sys\nbuf = io.StringIO()\nwith M.redirect_stdout(buf) as b:\n  print('hello')\nresult = (buf.getvalue(), b is buf, sys.stdout is not buf)",
    "import io, sys\nbuf = io.StringIO()\nwith M.redirect_stderr(buf):\n  print('err', file=sys.stderr)\nresult = buf.getvalue()",
    "import io, sys\nb1, b2 = io.StringIO(), io.StringIO()\nr = M.redirect_stdout(b1)\nwith r:\n  with M.redirect_stdout(b2):\n    print('inner')\n  print('outer')\nresult = (b1.getvalue(), b2.getvalue())",
    "import os, tempfile\nd = os.path.realpath(tempfile.gettempdir())\nold = os.getcwd()\nwith M.chdir(d):\n  inside = os.getcwd()\nresult = (inside == d, os.getcwd() == old)",
    # ABCs
    "class X:\n  def __enter__(self): pass\n  def __exit__(self, *a): pass\nclass Y: pass\nresult = (isinstance(X(), M.AbstractContextManager), isinstance(Y(), M.AbstractContextManager), isinstance(open(__import__('os').devnull), M.AbstractContextManager))",
    "class X:\n  async def __aenter__(self): pass\n  async def __aexit__(self, *a): pass\nresult = (isinstance(X(), M.AbstractAsyncContextManager), issubclass(int, M.AbstractAsyncContextManager))",
    "class X(M.AbstractContextManager):\n  pass\nX()",
    "class X(M.AbstractContextManager):\n  def __exit__(self, *a): return None\nx = X()\nwith x as y: pass\nresult = y is x",
    "M.AbstractContextManager[int]",
    # ExitStack
    "log = []\nwith M.ExitStack() as s:\n  s.callback(log.append, 'cb1')\n  s.callback(lambda *a, **k: log.append((a, k)), 1, x=2)\n  s.push(lambda *e: log.append(('push', e[0])))\nresult = log",
    _CM + "log = []\nwith M.ExitStack() as s:\n  v1 = s.enter_context(cm(log))\n  v2 = s.enter_context(cm(log))\nresult = (v1, log)",
    "M.ExitStack().enter_context(1)",
    "class Dummy: pass\nM.ExitStack().enter_context(Dummy())",
    "log = []\nwith M.ExitStack() as s:\n  s.push(lambda *e: True)\n  raise ValueError('x')\nresult = 'suppressed'",
    "log = []\ntry:\n  with M.ExitStack() as s:\n    s.callback(log.append, 'runs')\n    raise ValueError('x')\nexcept ValueError as e:\n  result = (str(e), log)",
    "def raiser(exc):\n  def f(*a): raise exc\n  return f\ntry:\n  with M.ExitStack() as s:\n    s.push(raiser(KeyError('first pushed')))\n    s.push(raiser(IndexError('second pushed')))\n    raise ValueError('body')\n"
    "except Exception as e:\n  chain = []\n  x = e\n  while x is not None:\n    chain.append(type(x).__name__)\n    x = x.__context__\n  result = chain",
    "def raiser(exc):\n  def f(*a): raise exc\n  return f\ntry:\n  with M.ExitStack() as s:\n    s.push(raiser(KeyError('k')))\n    s.push(lambda *e: True)\n    s.push(raiser(IndexError('i')))\n"
    "except Exception as e:\n  result = (type(e).__name__, type(e.__context__).__name__, e.__context__.__context__)",
    "try:\n  raise TypeError('outer')\nexcept TypeError:\n  try:\n    with M.ExitStack() as s:\n      s.callback(lambda: 1 / 0)\n  except ZeroDivisionError as e:\n    result = type(e.__context__).__name__",
    "log = []\ns = M.ExitStack()\ns.callback(log.append, 1)\nt = s.pop_all()\ns.close()\nbefore = list(log)\nt.close()\nresult = (before, log, type(t).__name__)",
    "s = M.ExitStack()\ncb = s.callback(print)\nresult = (cb is print, s._exit_callbacks[-1][1].__wrapped__ is print if hasattr(s, '_exit_callbacks') else True)",
    "class CM:\n  def __enter__(self): return 'e'\n  def __exit__(self, *a): self.exited = a; return False\nc = CM()\nwith M.ExitStack() as s:\n  s.push(c)\nresult = c.exited",
    "s = M.ExitStack()\nresult = s.__enter__() is s",
    # asynccontextmanager / AsyncExitStack
    _ASYNC + "@M.asynccontextmanager\nasync def acm(log):\n  log.append('in')\n  try:\n    yield 'av'\n  finally:\n    log.append('out')\n"
    "async def main():\n  log = []\n  async with acm(log) as v:\n    log.append(v)\n  return log\nresult = asyncio.run(main())",
    _ASYNC + "@M.asynccontextmanager\nasync def acm():\n  try:\n    yield\n  except ValueError:\n    pass\nasync def main():\n  async with acm():\n    raise ValueError\n  return 'swallowed'\nresult = asyncio.run(main())",
    _ASYNC + "@M.asynccontextmanager\nasync def acm():\n  if False: yield\nasync def main():\n  async with acm(): pass\nresult = asyncio.run(main())",
    _ASYNC + "@M.asynccontextmanager\nasync def acm():\n  yield 1\n  yield 2\nasync def main():\n  async with acm(): pass\nresult = asyncio.run(main())",
    _ASYNC + "@M.asynccontextmanager\nasync def acm(log):\n  log.append('in')\n  yield\n  log.append('out')\n"
    "log = []\n@acm(log)\nasync def f(): log.append('body'); return 3\nresult = (asyncio.run(f()), asyncio.run(f()), log)",
    _ASYNC + "class A:\n  def __init__(self, log, n): self.log, self.n = log, n\n  async def __aenter__(self): self.log.append(('enter', self.n)); return self.n\n"
    "  async def __aexit__(self, *e): self.log.append(('exit', self.n))\n"
    "async def main():\n  log = []\n  async with M.AsyncExitStack() as s:\n    a = await s.enter_async_context(A(log, 1))\n    s.enter_context(M.nullcontext())\n    s.push_async_callback(lambda x: asyncio.sleep(0, log.append(('cb', x))), 'arg')\n    s.callback(log.append, 'sync cb')\n"
    "    s.push_async_exit(A(log, 2))\n  return (a, log)\nresult = asyncio.run(main())",
    _ASYNC + "async def main():\n  async with M.AsyncExitStack() as s:\n    await s.enter_async_context(1)\nasyncio.run(main())",
    _ASYNC + "async def main():\n  s = M.AsyncExitStack()\n  log = []\n  s.callback(log.append, 1)\n  await s.aclose()\n  return log\nresult = asyncio.run(main())",
    _ASYNC + "class T:\n  closed = False\n  async def aclose(self): self.closed = True\nasync def main():\n  t = T()\n  async with M.aclosing(t) as x:\n    pass\n  return (x is t, t.closed)\nresult = asyncio.run(main())",
    _ASYNC + "async def main():\n  async with M.nullcontext(7) as v:\n    return v\nresult = asyncio.run(main())",
]
