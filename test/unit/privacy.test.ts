/**
 * The privacy check (`identifying-information`): what it finds however the text is written
 * (markup, references, invisible characters, decomposed letters, links and alt text), and what
 * ordinary teacher prose with numbers in it never gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers';

const PREFIX = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';

/** What is flagged in `body` (placed as Part 3): each hit's source text and its message's quoted text. */
function flagged(body: string, identifyingTerms: string[] = []): { source: string; quoted: string }[] {
  const text = PREFIX + body;
  const lines = text.split('\n');
  const offset = (line: number, character: number) =>
    lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  return check(text, { identifyingTerms })
    .diagnostics.filter((d) => d.code === 'identifying-information')
    .map((d) => ({
      source: text.slice(
        offset(d.range.start.line, d.range.start.character),
        offset(d.range.end.line, d.range.end.character),
      ),
      quoted: /"(.*)"/s.exec(d.message)?.[1] ?? '',
    }));
}
const sources = (body: string, terms?: string[]) => flagged(body, terms).map((hit) => hit.source);

describe('e-mail addresses however they are written', () => {
  test('split by emphasis, inline code or inline HTML: one address, from its first letter to its last', () => {
    assert.deepEqual(flagged('Write to ms.**rivera**@riverbend.org today.'), [
      { source: 'ms.**rivera**@riverbend.org', quoted: 'ms.rivera@riverbend.org' },
    ]);
    assert.deepEqual(sources('Write to `ms.rivera`@riverbend.org today.'), ['ms.rivera`@riverbend.org']);
    assert.deepEqual(sources('Write to ms.<b>rivera</b>@riverbend.org today.'), ['ms.<b>rivera</b>@riverbend.org']);
  });

  test('with the @ written as a character reference', () => {
    assert.deepEqual(flagged('Write to jane&#64;riverbend.org today.'), [
      { source: 'jane&#64;riverbend.org', quoted: 'jane@riverbend.org' },
    ]);
  });

  test('with an international domain or local part', () => {
    assert.deepEqual(sources('Write to josé@escuela.españa.es or to 老师@学校.中国 today.'), [
      'josé@escuela.españa.es',
      '老师@学校.中国',
    ]);
  });

  test('in a link destination or an image alt text, once when the link text shows it too', () => {
    assert.deepEqual(sources('See [my page](https://example.org/?contact=jane@riverbend.org) for more.'), [
      'jane@riverbend.org',
    ]);
    assert.deepEqual(sources('![Sign by jane@riverbend.org](sign.png)\n\nThe sign outside.'), ['jane@riverbend.org']);
    assert.deepEqual(sources('Mail [jane@riverbend.org](mailto:jane@riverbend.org) today.'), ['jane@riverbend.org']);
  });
});

describe('phone numbers however they are written', () => {
  test('ten digits in a row, en dashes, no-break spaces, non-breaking hyphens', () => {
    for (const phone of ['5551234567', '555–123–4567', '555\u00a0123\u00a04567', '555\u2011123\u20114567'])
      assert.deepEqual(sources(`Call me at ${phone} after school.`), [phone], phone);
  });

  test('with an extension, or behind a tel: link', () => {
    assert.deepEqual(sources('Call the office at 555-123-4567 x89 or 555-123-4568ext.12 today.'), [
      '555-123-4567 x89',
      '555-123-4568ext.12',
    ]);
    assert.deepEqual(sources('You can [call me](tel:+15551234567) after school.'), ['+15551234567']);
    assert.deepEqual(sources('Call [555-123-4567](tel:+15551234567) after school.'), ['555-123-4567']);
  });

  test('a seven-digit local number after a word that announces it; not without one', () => {
    assert.deepEqual(sources('Call the front desk at 555-1234 any time.'), ['555-1234']);
    assert.deepEqual(sources('My cell: 555.1234.'), ['555.1234']);
    assert.deepEqual(sources('We raised 300-2500 dollars and used Rooms 101-1204 and 245-3000.'), []);
  });
});

describe('no phone numbers in ordinary prose with numbers', () => {
  test('number series, money, rooms, ranges, codes, ISBNs, years, grade spans, times', () => {
    const prose = [
      'Scores rose from 612 640 688 over three years, in 2020-2021-2022 and in 1998 2001 2004.',
      'Budgets of $300-2500 and 300-2500 dollars, Rooms 101-1204, pages 112-1180, grades 6-8 and K-12.',
      'Standards CCSS.ELA-LITERACY.RL.3.1 and CCSS.MATH.CONTENT.7.RP.A.2 guided the unit.',
      'The text is ISBN 978-0-306-40615-7 (ISBN 0306406152, ISBN-10: 0-306-40615-2).',
      'We met 2019–2024 from 10:30-11:45 and 3:15–4:00, in 2021-2022, on 2024-03-15.',
      'Attendance went from 1,250 to 2,300 students; 45.5% improved by 12.5 points.',
    ].join('\n\n');
    assert.deepEqual(sources(prose), []);
  });
});

describe('identifying terms however they are typed', () => {
  test('with a zero-width space or a soft hyphen inside, or typed decomposed', () => {
    assert.deepEqual(sources('I teach at River\u200bbend and at River\u00adbend too.', ['Riverbend']), [
      'River\u200bbend',
      'River\u00adbend',
    ]);
    const decomposed = 'Jose\u0301';
    assert.deepEqual(sources(`Ask ${decomposed} Rivera.`, ['José']), [decomposed]);
    assert.deepEqual(sources('Ask José Rivera.', ['Jose\u0301']), ['José']);
  });

  test('across markup, in link destinations and in alt text', () => {
    assert.deepEqual(sources('I teach at **River**bend Middle.', ['Riverbend']), ['River**bend']);
    assert.deepEqual(sources('See [our school](https://riverbend.example.org) page.', ['Riverbend']), ['riverbend']);
    assert.deepEqual(sources('![Riverbend gym](gym.png)\n\nThe gym.', ['Riverbend']), ['Riverbend']);
  });

  test('a term inside an e-mail address gives one warning, on the address', () => {
    assert.deepEqual(sources('Write to jane.rivera@riverbend.org today.', ['Rivera', 'Riverbend']), [
      'jane.rivera@riverbend.org',
    ]);
  });
});

describe('in code, raw HTML and front matter: they reach a reader too', () => {
  test('an address or a number in a fenced or indented code block', () => {
    assert.deepEqual(sources('```\nmail ms.rivera@riverbend.org\ncall 555-123-4567\n```\n'), [
      'ms.rivera@riverbend.org',
      '555-123-4567',
    ]);
    assert.deepEqual(sources('Text.\n\n    jane@riverbend.org\n'), ['jane@riverbend.org']);
  });

  test('in a raw HTML block, a comment, and front matter; the writer’s terms too', () => {
    assert.deepEqual(sources('<div>\nWrite to <b>kim@riverbend.org</b>\n</div>\n'), ['kim@riverbend.org']);
    assert.deepEqual(sources('<!-- ask 555-123-4567 -->\n\nWords.\n'), ['555-123-4567']);
    assert.deepEqual(sources('```\nRiverbend notes\n```\n', ['Riverbend']), ['Riverbend']);
    const text = '---\nrubric: working-together-for-student-success\nauthor: jane@riverbend.org\n---\n\nWords.\n';
    const hits = check(text).diagnostics.filter((d) => d.code === 'identifying-information');
    assert.deepEqual(
      hits.map((d) => d.range.start),
      [{ line: 2, character: 8 }],
    );
  });

  test('code that only looks like numbers gives nothing', () => {
    assert.deepEqual(
      sources('```\nconst sizes = [612, 640, 688];\nfor (let year = 1998; year < 2004; year++) {}\n```\n'),
      [],
    );
  });
});

test('a pasted contact list in one paragraph: every address and number, each once on its own row', () => {
  const rows = Array.from({ length: 3000 }, (_v, i) => `Parent ${i}, parent.${i}@example.org, 555-123-${1000 + i}`);
  const analysis = check(`${PREFIX}${rows.join('\n')}\n`);
  const hits = analysis.diagnostics.filter((d) => d.code === 'identifying-information');
  assert.equal(hits.length, 6000);
  assert.deepEqual(
    hits.slice(-2).map((d) => d.range.start.line),
    [6 + 2999, 6 + 2999],
  );
});
