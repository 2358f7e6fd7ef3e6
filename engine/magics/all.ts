// Every magic registers itself on import; the session imports this file once.
import './registry.js';
import './time.js';
import './timeit.js';
import './namespace.js';
import './history.js';
import './prun.js';
import './capture.js';
import './display.js';
import './basic.js';
import './dis.js';
import './refcount.js';
import './gc.js';
import './tracemalloc.js';
import './heap.js';
import './gil.js';
