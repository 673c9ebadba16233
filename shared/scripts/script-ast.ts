/**
 * A call script as a small, safe tree the renderer maps to React elements: text only, no HTML,
 * nothing to inject (the UI never uses dangerouslySetInnerHTML).
 */
export interface CallScript {
  /** The script's `# ` heading, or "Call script" when it has none. */
  title: string;
  sections: readonly ScriptSection[];
}

/** A `## ` section the rep jumps to by key. */
export interface ScriptSection {
  /** Slug of the heading as written (never of a lead's values), unique in the script: "objections". */
  id: string;
  /** Plain text; a merge field shows its value, its fallback, or its missing mark. */
  title: string;
  blocks: readonly ScriptBlock[];
}

export type ScriptBlock = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

export interface ParagraphBlock {
  type: 'paragraph';
  runs: readonly InlineRun[];
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  runs: readonly InlineRun[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** The first item's number in an ordered list; 1 for a bullet list. */
  start: number;
  items: readonly ListItem[];
}

export interface ListItem {
  runs: readonly InlineRun[];
  /** What the item holds after its first paragraph: nested lists, further paragraphs. */
  children: readonly ScriptBlock[];
}

export interface QuoteBlock {
  type: 'quote';
  blocks: readonly ScriptBlock[];
}

export type InlineRun = TextRun | BoldRun | ItalicRun | CodeRun | MergeFieldRun;

export interface TextRun {
  type: 'text';
  text: string;
}

export interface BoldRun {
  type: 'bold';
  children: readonly InlineRun[];
}

export interface ItalicRun {
  type: 'italic';
  children: readonly InlineRun[];
}

export interface CodeRun {
  type: 'code';
  text: string;
}

export interface MergeFieldRun {
  type: 'merge-field';
  /** As written in the script: "first_name", "First Name". */
  name: string;
  /** The text after `|` in `{{first_name|there}}`; null when none or empty. */
  fallback: string | null;
  /**
   * The lead's value, else the fallback. Null when neither exists: the UI must mark it visibly
   * (see missingFieldMark), never render a blank.
   */
  value: string | null;
}
