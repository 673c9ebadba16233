import type { MergeFieldValues } from './merge-fields';
import { parseInline } from './parse-inline';
import type { HeadingBlock, ListBlock, ListItem, ScriptBlock } from './script-ast';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const LIST_MARKER = /^( *)([-*+]|(\d{1,9})[.)])(?:([ \t]+)(.*))?$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

interface ListMarker {
  indent: number;
  ordered: boolean;
  number: number;
  /** Column where the item's text starts: continuation lines are dedented by up to this much. */
  contentIndent: number;
  text: string;
}

/** Block Markdown to blocks: paragraphs, `#` headings, `-`/`1.` lists (nested by indent), `>` quotes. */
export function parseBlocks(lines: readonly string[], fields: MergeFieldValues): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] as string;
    if (isBlank(line) || THEMATIC_BREAK.test(line)) {
      at++;
      continue;
    }
    const heading = headingOf(line, fields);
    if (heading) {
      blocks.push(heading);
      at++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (at < lines.length && continuesQuote(lines[at] as string, quoted.length > 0)) {
        const current = lines[at] as string;
        quoted.push(QUOTE.exec(current)?.[1] ?? current.trim());
        at++;
      }
      blocks.push({ type: 'quote', blocks: parseBlocks(quoted, fields) });
      continue;
    }
    const marker = listMarkerOf(line);
    if (marker) {
      const list = readList(lines, at, marker, fields);
      blocks.push(list.block);
      at = list.next;
      continue;
    }
    const paragraph: string[] = [];
    while (
      at < lines.length &&
      !isBlank(lines[at] as string) &&
      !startsBlock(lines[at] as string)
    ) {
      paragraph.push((lines[at] as string).trim());
      at++;
    }
    blocks.push({ type: 'paragraph', runs: parseInline(paragraph.join(' '), fields) });
  }
  return blocks;
}

function headingOf(line: string, fields: MergeFieldValues): HeadingBlock | null {
  const match = HEADING.exec(line);
  if (!match) return null;
  const level = (match[1] as string).length as HeadingBlock['level'];
  return { type: 'heading', level, runs: parseInline(match[2] ?? '', fields) };
}

function continuesQuote(line: string, inQuote: boolean): boolean {
  if (QUOTE.test(line)) return true;
  // A plain line right after quoted text carries on its paragraph (a "lazy" continuation).
  return inQuote && !isBlank(line) && !startsBlock(line);
}

function readList(
  lines: readonly string[],
  from: number,
  first: ListMarker,
  fields: MergeFieldValues,
): { block: ListBlock; next: number } {
  const items: ListItem[] = [];
  let at = from;
  let marker: ListMarker | null = first;
  while (marker) {
    const body = [marker.text];
    at++;
    while (at < lines.length) {
      const line = lines[at] as string;
      if (isBlank(line)) {
        const resume = nextNonBlank(lines, at);
        if (resume === -1 || indentOf(lines[resume] as string) <= marker.indent) break;
        body.push('');
        at++;
      } else if (indentOf(line) > marker.indent) {
        body.push(line.slice(Math.min(indentOf(line), marker.contentIndent)));
        at++;
      } else if (!startsBlock(line) && !isBlank(body[body.length - 1] as string)) {
        body.push(line.trim());
        at++;
      } else {
        break;
      }
    }
    items.push(itemOf(parseBlocks(body, fields)));

    const resume = nextNonBlank(lines, at);
    const sibling = resume === -1 ? null : listMarkerOf(lines[resume] as string);
    marker = sibling?.ordered === first.ordered && sibling.indent <= first.indent ? sibling : null;
    if (marker) at = resume;
  }
  return {
    block: { type: 'list', ordered: first.ordered, start: first.ordered ? first.number : 1, items },
    next: at,
  };
}

function itemOf(blocks: ScriptBlock[]): ListItem {
  const [lead, ...rest] = blocks;
  return lead?.type === 'paragraph'
    ? { runs: lead.runs, children: rest }
    : { runs: [], children: blocks };
}

function listMarkerOf(line: string): ListMarker | null {
  if (THEMATIC_BREAK.test(line)) return null;
  const match = LIST_MARKER.exec(line);
  if (!match) return null;
  const indent = (match[1] as string).length;
  const marker = match[2] as string;
  const gap = match[4] ?? '';
  return {
    indent,
    ordered: match[3] !== undefined,
    number: match[3] === undefined ? 1 : Number(match[3]),
    contentIndent: indent + marker.length + Math.max(1, Math.min(gap.length, 4)),
    text: match[5] ?? '',
  };
}

function startsBlock(line: string): boolean {
  return (
    HEADING.test(line) ||
    QUOTE.test(line) ||
    THEMATIC_BREAK.test(line) ||
    listMarkerOf(line) !== null
  );
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let at = from; at < lines.length; at++) {
    if (!isBlank(lines[at] as string)) return at;
  }
  return -1;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
