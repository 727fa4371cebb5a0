import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes.js';

const reported = (text: string) => extractQuotes([{ type: 'paragraph', text }]).filter((q) => q.kind === 'reported').map((q) => q.text);

describe('reported clauses', () => {
  it('starts after "that", even past a parenthetical, and not at a "that" inside the clause', () => {
    expect(reported('The DNC is alleging, in a complaint filed in federal court, that top officials conspired.')).toEqual(['top officials conspired']);
    expect(reported('An M&S spokesman said on Sunday it had no evidence that Mr Paulsmeier had lined up finance.')).toEqual([
      'it had no evidence that Mr Paulsmeier had lined up finance',
    ]);
  });

  it('reads a clause without "that" where a subject and a finite verb follow', () => {
    expect(reported('He added a corridor should be established for exports.')).toEqual(['a corridor should be established for exports']);
    expect(reported('Trump acknowledged the meeting in a tweet, saying it went well.')).toEqual(['it went well']);
    expect(reported('China insists Taiwan, which has its own government, is its territory.')).toEqual(['Taiwan, which has its own government, is its territory']);
    expect(reported('Biden denied the charges against him.')).toEqual([]);
  });

  it('skips the one told and a short phrase before the clause', () => {
    expect(reported('Zherebenkov told the Guardian on Thursday he believed Moscow wanted a swap.')).toEqual(['he believed Moscow wanted a swap']);
    expect(reported('Lithuanian state railway had told Russian clients it could no longer transport steel.')).toEqual(['it could no longer transport steel']);
    expect(reported('TikTok said in a statement the company was looking forward to it.')).toEqual(['the company was looking forward to it']);
  });

  it('keeps a clause that is one quotation after "that", which the direct quote also gives', () => {
    expect(reported('Kremlin spokesperson Dmitry Peskov told reporters that “so far there are no agreements in this area”.')).toEqual([
      '“so far there are no agreements in this area”',
    ]);
  });
});
