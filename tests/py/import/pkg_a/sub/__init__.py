print("pkg_a.sub/__init__ running")
from .. import VERSION as parent_version
