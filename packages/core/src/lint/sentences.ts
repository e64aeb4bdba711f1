import type { Root, Sentence } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';

export interface SentenceSpan {
  text: string;
  offset: number;
  words: number;
}

/** The sentences of a message with their offsets and word counts, in order. */
export function sentences(tree: Root): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  visit(tree, 'SentenceNode', (node: Sentence) => {
    const words = node.children.filter((child) => child.type === 'WordNode').length;
    if (words === 0) return;
    out.push({ text: nlcstToString(node), offset: node.position?.start.offset ?? 0, words });
  });
  return out;
}
