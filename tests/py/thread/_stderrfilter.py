# Helper for the thread tests (not a test itself).
#
# Tracebacks printed for exceptions in threads include frames of the threading /
# queue / concurrent.futures modules, whose paths and line numbers belong to the
# runtime, not to the test. install() routes sys.stderr through a filter that drops
# every traceback frame (the "File ..." line and the indented source/caret lines
# under it) whose file is not one of the test programs under tests/py/. Everything
# else is passed through unchanged, line by line.
import sys
import threading


def _frame_file(line):
    """The file of a traceback frame line ('  File "x.py", line 3, in f'), or None."""
    if not line.startswith('  File "'):
        return None
    end = line.find('", line ', 8)
    return None if end < 0 else line[8:end]


class FilteredStderr:
    def __init__(self, stream):
        self.stream = stream
        self.pending = ""
        self.skipping = False
        self.lock = threading.Lock()

    def _emit(self, line):
        frame_file = _frame_file(line)
        if frame_file is not None:
            self.skipping = "tests/py/" not in frame_file.replace("\\", "/")
            if self.skipping:
                return
        elif self.skipping and line.startswith("    "):
            return
        else:
            self.skipping = False
        self.stream.write(line + "\n")

    def write(self, s):
        with self.lock:
            self.pending += s
            while "\n" in self.pending:
                line, self.pending = self.pending.split("\n", 1)
                self._emit(line)
        return len(s)

    def flush(self):
        with self.lock:
            if self.pending:
                self._emit(self.pending)
                self.pending = ""
            self.stream.flush()


def install():
    sys.stderr = FilteredStderr(sys.__stderr__)
    return sys.stderr
