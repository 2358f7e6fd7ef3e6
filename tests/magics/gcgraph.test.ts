// %gc graph's drawing: cycles found (Tarjan), the tree for the terminal, and Graphviz's SVG
// (the wasm build, run synchronously through its helper worker).
import { describe, it, expect } from 'vitest';
import { cycleEdges, treeText, graphDot, type GraphNode, type GraphEdge } from '../../engine/magics/gc.js';
import { renderSvg } from '../../engine/magics/graphviz.js';

// ring[0] -> ring[1] -> ring[0] (a cycle), ring[1] -> int 5 (not on it).
const nodes: GraphNode[] = [[1, 'list (1)', true], [2, 'list (2)', false], [3, 'int 5', false]];
const edges: GraphEdge[] = [[1, 2, '[0]'], [2, 1, '[0]'], [2, 3, '[1]']];

describe('%gc graph drawing', () => {
  it('marks exactly the edges on a cycle', () => {
    expect([...cycleEdges(nodes, edges)].sort()).toEqual(['1>2', '2>1']);
  });
  it('draws an indented tree with cycle marks for the terminal', () => {
    expect(treeText(nodes, edges, cycleEdges(nodes, edges), false)).toBe([
      'list (1)',
      '└── [0] → list (2)  ↻ cycle',
      '    ├── [0] → list (1)  ↻ cycle  (shown above)',
      '    └── [1] → int 5',
    ].join('\n'));
  });
  it('lays the graph out with Graphviz as SVG naming every node, cycle edges in red', () => {
    const svg = renderSvg(graphDot(nodes, edges, cycleEdges(nodes, edges)));
    expect(svg).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    for (const label of ['list (1)', 'list (2)', 'int 5']) expect(svg).toContain(`>${label}</text>`);
    expect((svg.match(/stroke="#cf222e"/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(() => renderSvg('digraph { -> }')).toThrow(/Graphviz could not lay out the graph: syntax error/);
  });
});
