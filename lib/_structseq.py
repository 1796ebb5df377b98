"""Struct sequences for the native modules: time.struct_time,
os.stat_result, os.terminal_size ...

A struct sequence is a tuple of its first `n_sequence` fields whose items
can also be read by name; further fields exist only as attributes (for
example st_mtime_ns, or tm_zone).  Instances are read-only.
"""


def structseq(name, module, fields, n_sequence, fallbacks=None, n_unnamed=0):
    """Make a struct sequence class named `module.name`.

    `fields` names every field; the first `n_sequence` are the tuple items.
    `fallbacks` maps an attribute-only field to the index of a tuple item
    whose value it takes when it was not given (os.stat_result's float
    times fall back to the integer ones).
    """
    fields = tuple(fields)
    visible = fields[:n_sequence]
    hidden = fields[n_sequence:]
    n_fields = len(fields)
    qualified = "%s.%s" % (module, name)
    fallbacks = dict(fallbacks or {})

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < n_sequence or n > n_fields:
            if n_sequence == n_fields:
                need = "a %d-sequence" % n_sequence
            elif n < n_sequence:
                need = "an at least %d-sequence" % n_sequence
            else:
                need = "an at most %d-sequence" % n_fields
            raise TypeError("%s() takes %s (%d-sequence given)"
                            % (qualified, need, n))
        self = tuple.__new__(cls, items[:n_sequence])
        extra = list(items[n_sequence:]) + [None] * (n_fields - n)
        if dict:
            for i in range(n - n_sequence, len(hidden)):
                extra[i] = dict.get(hidden[i])
        object.__setattr__(self, "_hidden", tuple(extra))
        return self

    def __repr__(self):
        parts = ["%s=%r" % (f, v) for f, v in zip(visible, self)]
        return "%s(%s)" % (qualified, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(hidden, self._hidden))))

    def __setattr__(self, attr, value):
        if attr in fields:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (qualified, attr))

    def __delattr__(self, attr):
        __setattr__(self, attr, None)

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__module__": module,
        "__qualname__": name,
        "__match_args__": visible[:n_sequence - n_unnamed],
        "n_fields": n_fields,
        "n_sequence_fields": n_sequence,
        "n_unnamed_fields": n_unnamed,
    }
    for i, field in enumerate(visible):
        if field not in hidden:
            ns[field] = property(_item_getter(i))
    for j, field in enumerate(hidden):
        ns[field] = property(_hidden_getter(j, fallbacks.get(field)))
    return type(name, (tuple,), ns)


def _item_getter(i):
    def get(self):
        return tuple.__getitem__(self, i)
    return get


def _hidden_getter(j, fallback):
    def get(self):
        value = self._hidden[j]
        if value is None and fallback is not None:
            return tuple.__getitem__(self, fallback)
        return value
    return get
