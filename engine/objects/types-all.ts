// Loads the behaviour of every builtin type (each file calls defineType at load time).
import './int.js';
import './float.js';
import './str.js';
import './list.js';
import './tuple.js';
import './dict.js';
