// Every native module, in a fixed order (their natives are numbered in registration order).
import './sys_state';
import './stdio';
import './builtin_funcs';
import './builtins';
import './sys';
import './gc';
import './importlib';
import './errno';
import './io';
