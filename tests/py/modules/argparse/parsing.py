# argparse with explicit argument lists; help goes to stdout, errors to stderr.
import os
os.environ["COLUMNS"] = "80"
import argparse
parser = argparse.ArgumentParser(prog="tool", description="A demo tool.")
parser.add_argument("input", help="input file")
parser.add_argument("-n", "--count", type=int, default=1, help="how many")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("extras", nargs="*")
ns = parser.parse_args(["data.txt", "x", "y", "-n", "3", "--verbose", "--tag", "a", "--tag=b"])
print(ns)
print(ns.input, ns.count, ns.verbose, ns.mode, ns.tag, ns.extras, vars(ns) == dict(vars(ns)))
print(parser.parse_args(["f"]))
ns, rest = parser.parse_known_args(["f", "--unknown", "1"])
print(ns.input, rest)
parser.print_help()
sub = argparse.ArgumentParser(prog="git")
subs = sub.add_subparsers(dest="cmd")
c = subs.add_parser("commit")
c.add_argument("-m", required=True)
print(sub.parse_args(["commit", "-m", "msg"]))
g = argparse.ArgumentParser(prog="g")
ex = g.add_mutually_exclusive_group()
ex.add_argument("--on", action="store_true")
ex.add_argument("--off", action="store_true")
print(g.parse_args(["--on"]))
for bad in (["-n", "notint", "f"], [], ["f", "--mode", "medium"], ["--on", "--off"]):
    target = g if bad == ["--on", "--off"] else parser
    try:
        target.parse_args(bad)
    except SystemExit as e:
        print("SystemExit", e.code)
print(parser.format_usage(), end="")
