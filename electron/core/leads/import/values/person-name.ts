export interface PersonName {
  firstName: string;
  lastName: string;
}

const SALUTATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'madam',
  'mme',
  'mlle',
  'm',
  'herr',
  'frau',
  'sr',
  'sra',
  'srta',
  'sig',
  'sigra',
]);
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'des',
  'dos',
  'das',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'st',
  'ter',
  'ten',
  'zu',
]);

/**
 * "Jane Doe" → Jane / Doe; "Doe, Jane" → Jane / Doe; "Mary Ann Smith" → Mary Ann / Smith;
 * "Ludwig van Beethoven" → Ludwig / van Beethoven; a leading salutation ("Dr.") is dropped.
 */
export function splitFullName(fullName: string): PersonName {
  const text = fullName.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const last = text.slice(0, comma).trim();
    const first = dropSalutation(
      text
        .slice(comma + 1)
        .trim()
        .split(' '),
    ).join(' ');
    if (first !== '' && !/^(jr|sr|ii|iii|iv|phd|md)\.?$/i.test(first)) {
      return { firstName: first, lastName: last };
    }
  }
  const words = dropSalutation(text.split(' ').filter((word) => word !== ''));
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  const particle = words.findIndex((word, i) => i > 0 && SURNAME_PARTICLES.has(bare(word)));
  const lastStart = particle > 0 ? particle : lastNameStart(words);
  return {
    firstName: words.slice(0, lastStart).join(' '),
    lastName: words.slice(lastStart).join(' '),
  };
}

// A trailing generational suffix stays with the surname: "John Smith Jr." → John / Smith Jr.
function lastNameStart(words: string[]): number {
  const isSuffix = /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i.test(words.at(-1) ?? '');
  return Math.max(1, words.length - (isSuffix && words.length > 2 ? 2 : 1));
}

function dropSalutation(words: string[]): string[] {
  return words.length > 1 && SALUTATIONS.has(bare(words[0]!)) ? words.slice(1) : words;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}
