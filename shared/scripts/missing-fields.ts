import type { CallScript, InlineRun, ScriptBlock } from './script-ast';

/** The merge fields (as written, once each) that have neither a value nor a fallback for this lead. */
export function missingMergeFields(script: CallScript): string[] {
  const missing = new Set<string>();
  const visitRuns = (runs: readonly InlineRun[]): void => {
    for (const run of runs) {
      if (run.type === 'merge-field' && run.value === null) missing.add(run.name);
      if (run.type === 'bold' || run.type === 'italic') visitRuns(run.children);
    }
  };
  const visitBlocks = (blocks: readonly ScriptBlock[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          visitRuns(block.runs);
          break;
        case 'quote':
          visitBlocks(block.blocks);
          break;
        case 'list':
          for (const item of block.items) {
            visitRuns(item.runs);
            visitBlocks(item.children);
          }
          break;
      }
    }
  };
  for (const section of script.sections) visitBlocks(section.blocks);
  return [...missing];
}
