import type { CallScript, InlineRun, ScriptBlock } from '../../../shared/scripts';

export interface MergeFieldShown {
  name: string;
  /** What the script will show: the lead's value, else the fallback; null when neither. */
  shown: string | null;
}

/** Each merge field of the script once, with what it will show for this lead. */
export function mergeFieldList(script: CallScript): MergeFieldShown[] {
  const found = new Map<string, MergeFieldShown>();
  const visitRuns = (runs: readonly InlineRun[]): void => {
    for (const run of runs) {
      if (run.type === 'merge-field' && !found.has(run.name)) {
        found.set(run.name, { name: run.name, shown: run.value });
      }
      if (run.type === 'bold' || run.type === 'italic') visitRuns(run.children);
    }
  };
  const visitBlocks = (blocks: readonly ScriptBlock[]): void => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') visitRuns(block.runs);
      else if (block.type === 'quote') visitBlocks(block.blocks);
      else {
        for (const item of block.items) {
          visitRuns(item.runs);
          visitBlocks(item.children);
        }
      }
    }
  };
  for (const section of script.sections) visitBlocks(section.blocks);
  return [...found.values()];
}
