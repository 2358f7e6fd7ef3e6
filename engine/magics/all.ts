// Every magic registers itself on import; the session imports this file once.
import './registry.js';
import './time.js';
