// sys.setswitchinterval()'s value (seconds), read by the GIL (threads.ts) and by sys.
export const switchInterval = { value: 0.005 };
