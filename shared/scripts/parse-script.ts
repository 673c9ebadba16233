import type { MergeFieldValues } from './merge-fields';
import { parseBlocks } from './parse-blocks';
import { parseInline } from './parse-inline';
import { plainTextOf } from './plain-text';
import type { CallScript, ScriptSection } from './script-ast';
import { uniqueSectionId } from './section-id';

const TITLE = /^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SECTION = /^##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const NO_FIELDS: MergeFieldValues = new Map();

export const UNTITLED_SCRIPT = 'Call script';
export const INTRO_SECTION_TITLE = 'Intro';

/**
 * A call script from its Markdown, merged with a lead's fields (mergeFieldsForLead): the first `# ` line
 * is the title; each `## ` line at the start of a line opens a section the rep can jump to; text before the
 * first section becomes an "Intro" section. Without fields every merge field shows its fallback or is
 * marked missing.
 */
export function parseScript(markdown: string, fields: MergeFieldValues = NO_FIELDS): CallScript {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(expandLeadingTabs);
  const takenIds = new Set<string>();
  const sections: ScriptSection[] = [];
  let title: string | null = null;
  let heading: string | null = null;
  let body: string[] = [];

  const closeSection = () => {
    const blocks = parseBlocks(body, fields);
    if (heading !== null || blocks.length > 0) {
      const written = heading ?? INTRO_SECTION_TITLE;
      sections.push({
        id: uniqueSectionId(written, takenIds),
        title: plainTextOf(parseInline(written, fields)),
        blocks,
      });
    }
    body = [];
  };

  for (const line of lines) {
    const section = SECTION.exec(line);
    const titleMatch = title === null && heading === null ? TITLE.exec(line) : null;
    if (section) {
      closeSection();
      heading = (section[1] ?? '').trim();
    } else if (titleMatch) {
      title = plainTextOf(parseInline(titleMatch[1] as string, fields));
    } else {
      body.push(line);
    }
  }
  closeSection();
  return { title: title || UNTITLED_SCRIPT, sections };
}

function expandLeadingTabs(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return indent.includes('\t') ? indent.replace(/\t/g, '    ') + line.slice(indent.length) : line;
}
