# raise SystemExit('msg') prints msg to stderr and exits with status 1.
print("stdout line")
raise SystemExit("fatal: configuration is broken")
