import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, escapeMarkdownLines } from './markdown-escape';

describe('escapeMarkdownLine', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](http://t/p.png)', '!\\[x\\](http://t/p.png)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['<https://evil>', '\\<https://evil\\>'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['12. item', '12\\. item'],
    ['3) item', '3\\) item'],
    ['===', '\\==='],
    ['    code block', 'code block'],
    ['two\nlines\r\n- no list', 'two lines - no list'],
    ['a | b ~~c~~ $x$', 'a \\| b \\~\\~c\\~\\~ \\$x\\$'],
    ['trailing backslash \\', 'trailing backslash \\\\'],
    ['সুপারিশ ১. (ক) - ঠিক আছে', 'সুপারিশ ১. (ক) - ঠিক আছে'],
    ['Plain text, with 3.5 per cent.', 'Plain text, with 3.5 per cent.'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it('leaves no special character unescaped and no line starting a block', () => {
    const unit = fc.constantFrom(...'\\`*_[]<>&~|$#-+=>1.) a'.split(''), 'ক');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (input) => {
        const out = escapeMarkdownLine(input);
        // Each special character is the second of an escape pair.
        expect(out.replace(/\\[\\`*_[\]<>&~|$#+=>.)-]/g, '')).not.toMatch(/[\\`*_[\]<>&~|$#]/);
        expect(out).not.toMatch(/^(?:[-+=>]|\d+[.)]|\s)/);
        expect(out.replace(/\\(.)/g, '$1')).toBe(input.trim());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeMarkdownLines', () => {
  it('escapes each line and keeps blank lines', () => {
    expect(escapeMarkdownLines('First\r\n\r\n---\n  # not a heading')).toEqual([
      'First',
      '',
      '\\---',
      '\\# not a heading',
    ]);
  });
});
