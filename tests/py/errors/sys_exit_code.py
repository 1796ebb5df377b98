# sys.exit(3) ends the program with exit status 3 after flushing output; finally blocks run.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
