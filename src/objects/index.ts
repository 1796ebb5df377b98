// Every builtin type, in a fixed order. Importing this module registers all type specs and natives; the
// order matters (natives are numbered in registration order, identically in every worker).
import './core';
import './object';
import './type';
import './type_call';
import './int';
import './singletons';
import './str';
import './bytes';
import './tuple';
import './list';
import './dict';
import './function';
import './builtin_function';
import './exceptions';
import './module';
import './code';
import './slice';
import './iterators';
import './lifecycle';
