// ## The Ink view
//
// Thin by design: finished transcript items go to Ink's <Static> (printed once, then left
// to the terminal's scrollback), and a small live area below redraws the buffer being
// edited, the completion menu, the reverse-search line or the input() prompt, and the
// status bar.  All strings come from render.ts.  ink and react are loaded by main.ts with
// a dynamic import (ink needs top-level await, which a CommonJS bundle cannot hold).

import type * as InkModule from 'ink';
import type * as ReactModule from 'react';
import type { ReplController, TranscriptItem } from './controller.js';
import { renderItem, renderEditor, renderCompletion, renderStatus } from './render.js';

export function makeApp(ink: typeof InkModule, React: typeof ReactModule, ctl: ReplController, builtins: ReadonlySet<string>, subscribe: (fn: () => void) => void) {
  const h = React.createElement;
  const { Box, Text, Static } = ink;

  return function App() {
    const [, setTick] = React.useState(0);
    React.useEffect(() => subscribe(() => setTick((t) => t + 1)), []);
    const s = ctl.snapshot();
    const live: ReactModule.ReactNode[] = [];
    if (s.mode === 'edit') {
      live.push(h(Text, { key: 'editor' }, renderEditor(s.editor, builtins)));
      if (s.completion) live.push(h(Text, { key: 'menu' }, renderCompletion(s.completion)));
    } else if (s.mode === 'search' && s.search) {
      live.push(h(Text, { key: 'search' }, `(reverse-i-search)\`${s.search.query}': ${s.search.match ?? ''}`));
    } else if (s.mode === 'input') {
      live.push(h(Text, { key: 'input' }, s.inputPrompt + s.inputLine + '\x1b[7m \x1b[0m'));
    }
    if (s.statusVisible && s.mode !== 'running') live.push(h(Text, { key: 'status' }, renderStatus(s.status)));
    return h(Box, { flexDirection: 'column' },
      h(Static<TranscriptItem>, {
        items: [...s.transcript],
        children: (item: TranscriptItem, i: number) => h(Text, { key: i }, renderItem(item, builtins)),
      }),
      ...live);
  };
}
