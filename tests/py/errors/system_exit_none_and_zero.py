# sys.exit(None) is a normal exit; output before it is kept.
import sys
print("exiting normally")
sys.exit(None)
