// Every native module, in a fixed order (their natives are numbered in registration order).
import './sys_state';
import './stdio';
import './builtins';
import './sys';
