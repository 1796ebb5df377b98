import linecache as real

from util import write_temp


def run(check, mine):
    texts = ['a = 1\nb = 2\n', 'no newline at end', '', 'x\r\ny\rz\n',
             '# -*- coding: latin-1 -*-\ns = "\xe9"\n', '\ufeffbom = 1\n',
             'line1\n\x0cline2\n']
    for i, text in enumerate(texts):
        enc = 'latin-1' if 'latin-1' in text else 'utf-8'
        path = write_temp('', suffix='.py')
        with open(path, 'w', encoding=enc, newline='') as f:
            f.write(text)
        check.eq('getlines %d' % i, mine.getlines(path), real.getlines(path))
        for n in (0, 1, 2, 3, 99, -1):
            check.eq('getline %d %d' % (i, n), mine.getline(path, n), real.getline(path, n))
    for name in ('<stdin>', '<string>', '', 'does/not/exist.py'):
        check.eq('missing %r' % name, mine.getlines(name), real.getlines(name))
    # Modified file: checkcache must notice the change of size.
    path = write_temp('one\n')
    check.eq('before change', mine.getline(path, 1), 'one\n')
    with open(path, 'w') as f:
        f.write('two two\n')
    check.eq('stale until checkcache', mine.getline(path, 1), 'one\n')
    mine.checkcache(path)
    check.eq('after checkcache', mine.getline(path, 1), 'two two\n')
    mine.clearcache()
    check.eq('cache cleared', mine.cache, {})
    # A relative name found along sys.path (os.py lives there).
    check.eq('sys.path search', mine.getline('os.py', 1), real.getline('os.py', 1))

    # Lazy loading through a module's loader.
    class Loader:
        def get_source(self, name):
            return 'lazy line 1\nlazy line 2'
    g = {'__name__': 'lazymod', '__loader__': Loader()}
    check.eq('lazycache', mine.lazycache('/nonexistent/lazy.py', g), True)
    check.eq('lazy getline', mine.getline('/nonexistent/lazy.py', 2), 'lazy line 2\n')
    check.eq('lazycache pseudo', mine.lazycache('<x>', g), False)
