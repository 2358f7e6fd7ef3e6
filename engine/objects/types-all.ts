// Loads the behaviour of every builtin type (each file calls defineType at load time).
import './longobject.js';
import './floatobject.js';
import './complexobject.js';
import './unicodeobject.js';
import './bytesobject.js';
import './bytesmethods.js';
import './sliceobject.js';
import './listobject.js';
import './dictobject.js';
import './setobject.js';
import './rangeobject.js';
import './memoryobject.js';
import './genericaliasobject.js';
import './codeobject.js';
import './weakrefobject.js';
import './unionobject.js';
