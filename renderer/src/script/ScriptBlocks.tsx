import type { ScriptBlock } from '../../../shared/scripts';
import { ScriptRuns } from './ScriptRuns';

/** Script blocks as React elements: text only, the tree decides the markup. */
export function ScriptBlocks({ blocks }: { blocks: readonly ScriptBlock[] }) {
  return blocks.map((block, index) => <ScriptBlockView key={index} block={block} />);
}

function ScriptBlockView({ block }: { block: ScriptBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <ScriptRuns runs={block.runs} />
        </p>
      );
    case 'heading': {
      // Section titles are h3 in the panel, so headings inside a section start below them.
      const Heading = block.level <= 3 ? 'h4' : block.level === 4 ? 'h5' : 'h6';
      return (
        <Heading className="script-heading">
          <ScriptRuns runs={block.runs} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <ScriptBlocks blocks={block.blocks} />
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <ScriptRuns runs={item.runs} />
          <ScriptBlocks blocks={item.children} />
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}
