CASES = [
    "M.kwlist", "M.softkwlist", "sorted(M.__all__)",
    "[M.iskeyword(w) for w in ('if', 'match', 'x', 'None', 'async')]",
    "[M.issoftkeyword(w) for w in ('if', 'match', '_', 'case', 'type')]",
]
