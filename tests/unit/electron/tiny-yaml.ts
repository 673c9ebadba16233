/**
 * Just enough YAML for electron-builder.yml: nested maps, lists of scalars or of maps, plain and
 * single/double-quoted scalars, comments. Anything else throws, so the test cannot misread.
 */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  number: number;
}

export function parseYaml(source: string): YamlValue {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    const text = stripComment(raw).trimEnd();
    if (text.trim() === '') return;
    if (raw.includes('\t')) throw new Error(`tab on line ${index + 1}`);
    lines.push({
      indent: text.length - text.trimStart().length,
      text: text.trim(),
      number: index + 1,
    });
  });
  let position = 0;

  function block(indent: number): YamlValue {
    const first = lines[position];
    if (!first || first.indent !== indent)
      throw new Error(`bad indentation near line ${first?.number}`);
    return first.text.startsWith('- ') ? list(indent) : map(indent);
  }

  function map(indent: number): { [key: string]: YamlValue } {
    const result: { [key: string]: YamlValue } = {};
    for (let line = lines[position]; line && line.indent === indent; line = lines[position]) {
      if (line.text.startsWith('- '))
        throw new Error(`unexpected list item on line ${line.number}`);
      const [key, value] = keyValue(line);
      position++;
      result[key] = value ?? nested(indent);
    }
    return result;
  }

  function list(indent: number): YamlValue[] {
    const result: YamlValue[] = [];
    for (let line = lines[position]; line && line.indent === indent; line = lines[position]) {
      if (!line.text.startsWith('- '))
        throw new Error(`expected a list item on line ${line.number}`);
      const item = line.text.slice(2);
      if (!/^[\w.-]+:(\s|$)/.test(item)) {
        result.push(scalar(item));
        position++;
        continue;
      }
      // "- key: value" opens a map whose other keys are indented to line up with "key".
      lines[position] = { ...line, indent: indent + 2, text: item };
      result.push(map(indent + 2));
    }
    return result;
  }

  function nested(parentIndent: number): YamlValue {
    const next = lines[position];
    if (!next || next.indent <= parentIndent) return '';
    return block(next.indent);
  }

  const root = block(0);
  if (position !== lines.length)
    throw new Error(`unparsed content at line ${lines[position]?.number}`);
  return root;
}

function keyValue(line: Line): [string, YamlValue | undefined] {
  const match = /^([\w.-]+):(?:\s+(.*))?$/.exec(line.text);
  if (!match?.[1]) throw new Error(`expected "key: value" on line ${line.number}`);
  return [match[1], match[2] === undefined ? undefined : scalar(match[2])];
}

function scalar(text: string): string {
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  if (/^".*"$/.test(text)) return JSON.parse(text) as string;
  if (/^[[{&*!|>]/.test(text)) throw new Error(`unsupported YAML: ${text}`);
  return text;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '#' && (index === 0 || line[index - 1] === ' ')) {
      return line.slice(0, index);
    }
  }
  return line;
}
