"""Abstract syntax trees, written for gilt.

The node classes are made here from the compiler's own table of node
kinds and fields (_ast._schema()); parse() runs the compiler's parser and
compile() accepts the trees back.
"""

import _ast

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    """Base class of every syntax tree node."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f'{type(self).__name__} constructor takes at most '
                            f'{len(self._fields)} positional argument'
                            f'{"" if len(self._fields) == 1 else "s"}')
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# the abstract categories and the node kinds in each
_CATEGORIES = {
    'mod': 'Module Interactive Expression FunctionType',
    'stmt': 'FunctionDef AsyncFunctionDef ClassDef Return Delete Assign AugAssign '
            'AnnAssign For AsyncFor While If With AsyncWith Match Raise Try TryStar '
            'Assert Import ImportFrom Global Nonlocal Expr Pass Break Continue',
    'expr': 'BoolOp NamedExpr BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp '
            'DictComp GeneratorExp Await Yield YieldFrom Compare Call FormattedValue '
            'JoinedStr Constant Attribute Subscript Starred Name List Tuple Slice',
    'expr_context': 'Load Store Del',
    'boolop': 'And Or',
    'operator': 'Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv',
    'unaryop': 'Invert Not UAdd USub',
    'cmpop': 'Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn',
    'excepthandler': 'ExceptHandler',
    'pattern': 'MatchValue MatchSingleton MatchSequence MatchMapping MatchClass '
               'MatchStar MatchAs MatchOr',
    'type_ignore': 'TypeIgnore',
}
_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_category_of = {}
for _category, _names in _CATEGORIES.items():
    globals()[_category] = type(_category, (AST,), {'__module__': 'ast'})
    for _name in _names.split():
        _category_of[_name] = globals()[_category]

for _name, _fields, _optional, _has_positions in _ast._schema():
    _base = _category_of.get(_name, AST)
    _namespace = {'__module__': 'ast', '_fields': _fields, '__match_args__': _fields}
    if _has_positions:
        _namespace['_attributes'] = _POSITIONS
        _namespace['end_lineno'] = None
        _namespace['end_col_offset'] = None
    for _field in _optional:
        _namespace[_field] = None
    globals()[_name] = type(_name, (_base,), _namespace)
    if _base is not AST and _has_positions:
        _base._attributes = _POSITIONS
del _category, _names, _name, _fields, _optional, _has_positions, _base, _namespace
if 'FunctionType' not in globals():
    class FunctionType(mod):
        _fields = ('argtypes', 'returns')
del _field


# names older code uses
class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated: the index itself stands in the tree."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated: a Tuple stands in the tree."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """The syntax tree of source."""
    return _ast._parse(source, filename, mode)


def literal_eval(node_or_string):
    """The value of a Python literal or container display (strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans, None)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        if lineno := getattr(node, 'lineno', None):
            message += f' on line {lineno}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
            malformed(node)
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted text of the tree, as the node classes' constructor calls."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            all_simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = format(value, level)
                all_simple = all_simple and simple
                args.append(f'{name}={text}' if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = format(value, level)
                    all_simple = all_simple and simple
                    args.append(f'{name}={text}')
            if all_simple and len(args) <= 3:
                return f"{cls.__name__}({', '.join(args)})", not args
            return f'{cls.__name__}({prefix}{sep.join(args)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return f'[{prefix}{sep.join(format(x, level)[0] for x in node)}]', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return format(node)[0]


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node; returns new_node."""
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give nodes without a position their parent's (recursively)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move node and its descendants n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field that node has."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node of the tree under node (node included), breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{node.__class__.__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


class NodeVisitor:
    """Walks a tree calling visit_<ClassName> for each node (generic_visit
    when there is none)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None
    removes it; a list replaces one statement by several)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
