import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseDateline } from './dateline.js';
import { ParseError } from './errors.js';

const shared = new URL('../../../../../shared/', import.meta.url);
const seed000 = fileURLToPath(new URL('seeds/000_c66e0426fc53bf12.txt', shared));
const seed001 = fileURLToPath(new URL('seeds/001_c7a6c6fe8c268c71.txt', shared));
const corpora = fileURLToPath(new URL('corpora/dateline/', shared));

const encode = (s: string) => new TextEncoder().encode(s);

/** The ParseError `fn` throws, so a test can check file, line and reason together. */
function parseErrorOf(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('expected a ParseError, but nothing was thrown');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.txt') ? [path] : [];
  });
}

describe('parseDateline on the seeds', () => {
  it('reads seed 000: date, subheadings, paragraphs and the trailing photo credit', () => {
    const article = parseDateline(readFileSync(seed000), seed000);
    expect(article.date).toBe('2022-01-21');
    expect(article.credit).toBe('AP');
    expect(article.titleInferred).toBe(true);
    expect(article.blocks.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      "Blinken said Biden 'fully prepared' to meet Putin",
      'US to give written response on security proposals next week',
      '‘Russia does not threaten Ukrainian people’',
    ]);
    expect(article.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(8);
    expect(article.blocks[0]?.text).toMatch(/^Despite reaching no breakthroughs/);
    expect(article.blocks.at(-1)?.text).toMatch(/only concerns"\.$/);
    expect(article.blocks.some((b) => b.text.includes('Image:'))).toBe(false);
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads seed 001, which has no credit line', () => {
    const article = parseDateline(readFileSync(seed001), seed001);
    expect(article.date).toBe('2022-01-21');
    expect(article.credit).toBeNull();
    expect(article.title).toBe('Russian Foreign Minister Sergey Lavrov said Moscow hopes ‘emotions will decrease’');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'subheading', 'paragraph', 'paragraph']);
    expect(article.blocks[3]?.text).toBe('Not anticipating big breakthroughs: US Secy Blinken');
  });

  it('gives the two seeds different ids and the same file the same id', () => {
    const a = parseDateline(readFileSync(seed000));
    const b = parseDateline(readFileSync(seed001));
    expect(a.id).not.toBe(b.id);
    expect(parseDateline(readFileSync(seed000)).id).toBe(a.id);
  });
});

describe('parseDateline titles', () => {
  it('takes a short first line without closing punctuation as the title (newswcl50)', () => {
    const file = `${corpora}newswcl50/0_M.txt`;
    const article = parseDateline(readFileSync(file), file);
    expect(article.title).toBe("Mike Pompeo, Trump's secretary of State pick, made top-secret visit to North Korea, report says");
    expect(article.titleInferred).toBe(false);
    expect(article.date).toBe('2018-04-17');
    expect(article.blocks[0]?.text).toMatch(/^President Donald Trump says conversations/);
  });

  it('counts the title line in wordCount only when it came from the source', () => {
    const withTitle = parseDateline(' date 2022-03-01 Ports reopen in the south\n\nShips left Odesa on Monday.');
    expect(withTitle.title).toBe('Ports reopen in the south');
    expect(withTitle.wordCount).toBe(5 + 5);
    const inferred = parseDateline(' date 2022-03-01 Ships left Odesa on Monday.\n\nMore ships followed.');
    expect(inferred.titleInferred).toBe(true);
    expect(inferred.wordCount).toBe(5 + 3);
  });

  it('does not take a lone short block as the title line', () => {
    const article = parseDateline(' date 2022-03-01 Ports reopen in the south');
    expect(article.titleInferred).toBe(true);
    expect(article.blocks).toEqual([{ type: 'subheading', text: 'Ports reopen in the south' }]);
    expect(article.title).toBe('Ports reopen in the south');
  });
});

describe('parseDateline blocks', () => {
  it('joins the lines of a paragraph with single spaces', () => {
    const article = parseDateline(' date 2022-03-01 First line\n  second\tline   here.\n\nNext paragraph.');
    expect(article.blocks[0]).toEqual({ type: 'paragraph', text: 'First line second line here.' });
  });

  it('tells subheadings from paragraphs by length and closing punctuation', () => {
    const text = [
      ' date 2022-03-01 The lead paragraph is a full sentence.',
      'Troops advance on the city',
      'A short sentence.',
      'Is this a question?',
      '“The war will end soon,” he said.”',
      'What we know so far:',
      Array.from({ length: 21 }, (_, i) => `word${i}`).join(' '),
      'A heading line\nthat wraps',
      '‘Russia does not threaten Ukrainian people’',
    ].join('\n\n');
    expect(parseDateline(text).blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'subheading',
    ]);
  });

  it.each([
    ['Image: AP', 'AP'],
    ['Photo: Reuters/John Doe', 'Reuters/John Doe'],
    ['Image credit: Getty Images', 'Getty Images'],
    ['Photograph: Anadolu Agency/Getty Images', 'Anadolu Agency/Getty Images'],
    ['photos:   EPA  ', 'EPA'],
  ])('takes a last line %j as the credit', (line, credit) => {
    const article = parseDateline(` date 2022-03-01 The lead.\n\n${line}\n`);
    expect(article.credit).toBe(credit);
    expect(article.blocks).toEqual([{ type: 'paragraph', text: 'The lead.' }]);
  });

  it('takes a credit on the last line of the last paragraph too', () => {
    const article = parseDateline(' date 2022-03-01 The lead.\nImage: AP');
    expect(article.credit).toBe('AP');
    expect(article.blocks).toEqual([{ type: 'paragraph', text: 'The lead.' }]);
  });

  it('leaves credit-like lines that are not last, or are sentences, in the text', () => {
    const middle = parseDateline(' date 2022-03-01 The lead.\n\nPhotograph: Reuters\n\nThe end.');
    expect(middle.credit).toBeNull();
    expect(middle.blocks).toHaveLength(3);
    const sentence = 'Photo: the picture shows a crowd of at least two hundred people gathered outside the station.';
    expect(parseDateline(` date 2022-03-01 The lead.\n\n${sentence}`).credit).toBeNull();
  });

  it('counts words that hold a letter or digit', () => {
    expect(parseDateline(' date 2022-03-01 Prices rose 9.1% — a record, analysts said… “Wow.” – *').wordCount).toBe(8);
  });
});

describe('parseDateline tolerance', () => {
  const original = readFileSync(seed001, 'utf8');
  const expected = parseDateline(original, 'a.txt');
  const variants: [string, string | Uint8Array][] = [
    ['bytes', encode(original)],
    ['CRLF line ends', original.replace(/\n/g, '\r\n')],
    ['CR line ends', original.replace(/\n/g, '\r')],
    ['a BOM (string)', `\uFEFF${original}`],
    ['a BOM (bytes) and CRLF', encode(`\uFEFF${original.replace(/\n/g, '\r\n')}`)],
    ['trailing whitespace', original.replace(/\n/g, ' \t \n')],
    ['no leading space before date', original.replace(/^ date/, 'date')],
    ['blank lines around the text', `\n\n${original}\n\n\n`],
    ['everything at once', encode(`\uFEFF\r\n${original.replace(/^ date/, 'date').replace(/\n/g, '  \r\n')}\r\n`)],
  ];

  it.each(variants)('gives the same article and id with %s', (_name, input) => {
    expect(parseDateline(input, 'a.txt')).toEqual(expected);
  });

  it('accepts the date header alone on its line, body below', () => {
    const sameLine = parseDateline(' date 2022-03-01 The lead.\n\nMore text.');
    const ownLine = parseDateline(' date 2022-03-01\nThe lead.\n\nMore text.');
    const blankAfter = parseDateline(' date 2022-03-01\n\nThe lead.\n\nMore text.');
    expect(ownLine.blocks).toEqual(sameLine.blocks);
    expect(blankAfter.blocks).toEqual(sameLine.blocks);
    expect(ownLine.date).toBe('2022-03-01');
  });

  it('accepts leap days and a file of exactly MAX_ARTICLE_BYTES', () => {
    expect(parseDateline(' date 2024-02-29 Leap.').date).toBe('2024-02-29');
    expect(parseDateline(' date 2000-02-29 Leap.').date).toBe('2000-02-29');
    const head = ' date 2022-03-01 ';
    const exact = encode(head + 'a'.repeat(MAX_ARTICLE_BYTES - head.length));
    expect(exact.byteLength).toBe(MAX_ARTICLE_BYTES);
    expect(parseDateline(exact).wordCount).toBe(1);
  });
});

describe('parseDateline rejections', () => {
  it('formats ParseError as file:line: reason', () => {
    const error = new ParseError('x.txt', 3, 'bad thing');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.message).toBe('x.txt:3: bad thing');
    expect([error.file, error.line, error.reason]).toEqual(['x.txt', 3, 'bad thing']);
    expect(new ParseError('x.txt', null, 'bad thing').message).toBe('x.txt: bad thing');
  });

  it('rejects a file without a date header on line 1', () => {
    const error = parseErrorOf(() => parseDateline('Russia invaded Ukraine.\n\nMore.', 'no-header.txt'));
    expect(error.file).toBe('no-header.txt');
    expect(error.line).toBe(1);
    expect(error.reason).toBe('missing "date YYYY-MM-DD" header');
    expect(error.message).toBe('no-header.txt:1: missing "date YYYY-MM-DD" header');
    expect(parseErrorOf(() => parseDateline('')).line).toBe(1);
    expect(parseErrorOf(() => parseDateline(' dated 2022-03-01 Text.')).reason).toMatch(/missing "date/);
  });

  it('names the default file <input>', () => {
    expect(parseErrorOf(() => parseDateline('no header')).message).toBe('<input>:1: missing "date YYYY-MM-DD" header');
  });

  it('reports the header line after leading blank lines', () => {
    expect(parseErrorOf(() => parseDateline('\n\nNo header here.', 'f.txt')).line).toBe(3);
  });

  it.each(['2023-02-30', '2023-13-01', '2023-02-29', '1900-02-29', '2023-00-10', '2023-04-31'])('rejects %s as not a real calendar date', (date) => {
    const error = parseErrorOf(() => parseDateline(` date ${date} Text.`, 'date.txt'));
    expect([error.file, error.line]).toEqual(['date.txt', 1]);
    expect(error.reason).toBe(`"${date}" is not a real calendar date`);
  });

  it('rejects a malformed date', () => {
    const error = parseErrorOf(() => parseDateline(' date 2023-2-3 Text.', 'date.txt'));
    expect(error.line).toBe(1);
    expect(error.reason).toBe('malformed date "2023-2-3": expected YYYY-MM-DD');
  });

  it.each([
    ['nothing after the header', ' date 2022-03-01'],
    ['only blank lines', ' date 2022-03-01 \n\n  \t\n'],
    ['only a photo credit', ' date 2022-03-01\n\nImage: AP'],
    ['only punctuation', ' date 2022-03-01 — … *'],
  ])('rejects an empty body: %s', (_name, text) => {
    const error = parseErrorOf(() => parseDateline(text, 'empty.txt'));
    expect([error.file, error.line]).toEqual(['empty.txt', 1]);
    expect(error.reason).toMatch(/^empty body/);
  });

  it('rejects invalid UTF-8 and names the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...encode(' date 2022-03-01 Fine.\n\nStill fine é.\r\n'), 0x41, 0xff, 0x42, 0x0a, 0xc0]);
    const error = parseErrorOf(() => parseDateline(bytes, 'latin1.txt'));
    expect([error.file, error.line, error.reason]).toEqual(['latin1.txt', 4, 'not valid UTF-8 text']);
  });

  it('rejects a multi-byte sequence cut off at the end of the file', () => {
    const bytes = Uint8Array.from([...encode(' date 2022-03-01 Fine.\nCut: '), 0xe2, 0x80]);
    expect(parseErrorOf(() => parseDateline(bytes)).line).toBe(2);
  });

  it('rejects a string with an unpaired surrogate', () => {
    const error = parseErrorOf(() => parseDateline(' date 2022-03-01 A\n\nB \ud800 C', 'u.txt'));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/unpaired surrogate/);
  });

  it('rejects binary input with NUL bytes, naming the line', () => {
    const bytes = Uint8Array.from([...encode(' date 2022-03-01 Text\n'), 0x00, 0x01, 0xff, 0xfe]);
    const error = parseErrorOf(() => parseDateline(bytes, 'image.png'));
    expect([error.file, error.line, error.reason]).toEqual(['image.png', 2, 'binary file (contains NUL bytes)']);
    expect(parseErrorOf(() => parseDateline(' date 2022-03-01 a\0b')).reason).toBe('binary file (contains NUL bytes)');
  });

  it('rejects text that is mostly control characters', () => {
    const error = parseErrorOf(() => parseDateline(` date 2022-03-01 ${'\x01\x02\x1b\x7f'.repeat(20)} text`, 'ctl.bin'));
    expect([error.file, error.line, error.reason]).toEqual(['ctl.bin', null, 'binary file (too many control characters)']);
    expect(error.message).toBe('ctl.bin: binary file (too many control characters)');
    // A stray escape in a real article is not binary.
    expect(parseDateline(` date 2022-03-01 ${'word '.repeat(50)}\x1b.`).wordCount).toBe(50);
  });

  it('rejects input over MAX_ARTICLE_BYTES before decoding it', () => {
    expect(MAX_ARTICLE_BYTES).toBe(1024 * 1024);
    // Invalid UTF-8 throughout: the size check must win, so decoding never happened.
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0xff);
    const error = parseErrorOf(() => parseDateline(big, 'big.txt'));
    expect([error.file, error.line]).toEqual(['big.txt', null]);
    expect(error.reason).toBe('file is larger than the 1 MiB limit for one article');
  });

  it('measures string input in UTF-8 bytes', () => {
    const head = ' date 2022-03-01 ';
    const wide = head + 'é'.repeat((MAX_ARTICLE_BYTES - head.length) / 2 + 1);
    expect(wide.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(parseErrorOf(() => parseDateline(wide)).reason).toMatch(/1 MiB limit/);
  });
});

describe('parseDateline on the real corpora', () => {
  const files = listFiles(corpora);

  it('finds the corpora', () => {
    expect(files.length).toBeGreaterThanOrEqual(400);
  });

  it('parses every file with a date, a non-empty body and a readable title', () => {
    for (const file of files) {
      const article = parseDateline(readFileSync(file), file);
      const where = `${file}: ${article.title}`;
      expect(article.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.blocks.length, where).toBeGreaterThan(0);
      expect(article.wordCount, where).toBeGreaterThan(0);
      expect(article.title.length, where).toBeGreaterThan(0);
      expect(article.title.length, where).toBeLessThanOrEqual(100);
      if (!article.titleInferred) continue;
      // Cut on word boundaries only: every word of the title is a whole word of the lead.
      const lead = ` ${article.blocks.map((b) => b.text).join(' ')} `;
      for (const word of article.title.replace(/…$/, '').split(' ')) {
        const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (bare) expect(lead, `${where} [${bare}]`).toMatch(new RegExp(`[^\\p{L}\\p{N}]${escaped}[^\\p{L}\\p{N}]`, 'iu'));
      }
      expect(article.title, where).not.toMatch(/\s(?:the|a|an|of|to|for|and|in|on|at|with)…?$/i);
      expect(article.title, where).not.toMatch(/[,;:]$/);
    }
  });

  it('gives each distinct text its own id', () => {
    const byId = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8').trim();
      const { id } = parseDateline(text, file);
      const seen = byId.get(id);
      if (seen !== undefined) expect(seen, `${file} shares id ${id}`).toBe(text);
      byId.set(id, text);
    }
    expect(byId.size).toBeGreaterThan(400);
  });
});
