# os.path pure string functions.
import os.path as p
print(p.join("a", "b", "c.txt"), p.join("/abs", "x"), p.join("a", "/root", "b"), p.join("a", ""), p.join("", "b"))
print(p.split("/a/b/c.txt"), p.split("file"), p.split("/"), p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"))
print(p.basename("/a/b/c.txt"), p.basename("/a/b/"), p.dirname("/a/b/c.txt"), p.dirname("c.txt"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("a/b/../../.."))
print(p.isabs("/x"), p.isabs("x"), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.commonpath(["/a/b/c", "/a/b/d"]), p.commonprefix(["abc", "abd"]))
print(p.expanduser("~x/y") if False else p.splitdrive("/a/b"), p.normcase("AbC"), p.abspath("/x/../y"))
print(p.join(*["p1", "p2", "p3"]), p.sep if hasattr(p, "sep") else "/")
