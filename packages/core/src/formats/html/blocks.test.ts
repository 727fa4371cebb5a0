import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './blocks.js';
import { MAX_HTML_NODES } from './bounds.js';

describe('htmlToBlocks', () => {
  it('makes headings subheadings and other block elements paragraphs, in reading order', () => {
    const html = `<h2>The vote</h2><p>The council <b>approved</b> it.</p><ul><li>First point</li><li>Second</li></ul>
      <blockquote>A quote.</blockquote><pre>line one
      line two</pre><table><tr><td>Cell</td></tr></table><h3><span>Next</span> steps</h3>`;
    expect(htmlToBlocks(html)).toEqual([
      { type: 'subheading', text: 'The vote' },
      { type: 'paragraph', text: 'The council approved it.' },
      { type: 'paragraph', text: 'First point' },
      { type: 'paragraph', text: 'Second' },
      { type: 'paragraph', text: 'A quote.' },
      { type: 'paragraph', text: 'line one line two' },
      { type: 'paragraph', text: 'Cell' },
      { type: 'subheading', text: 'Next steps' },
    ]);
  });

  it('decodes entities and collapses whitespace, including non-breaking spaces', () => {
    expect(htmlToBlocks('<p>  Caf&eacute;&nbsp;&amp;\n\t&#8220;bar&#x201D; &lt;b&gt; </p>')).toEqual([
      { type: 'paragraph', text: 'Café & “bar” <b>' },
    ]);
  });

  it('keeps text outside any element, and splits paragraphs at a double line break', () => {
    expect(htmlToBlocks('Loose lead<br>same paragraph<br><br>  <br>next one')).toEqual([
      { type: 'paragraph', text: 'Loose lead same paragraph' },
      { type: 'paragraph', text: 'next one' },
    ]);
  });

  it('drops scripts, styles, navigation, captions, hidden text, share bars, ads and empty blocks', () => {
    const html = `<script>var x = "<p>no</p>";</script><style>p { color: red }</style><nav><a>Home</a></nav>
      <p>Kept.</p><figure><img src="a.jpg"><figcaption>A caption. Photo: AP</figcaption></figure>
      <div class="share-tools"><a>Share on Facebook</a></div><div id="ad-slot-2">Advertisement</div>
      <aside>Read more</aside><p hidden>Hidden</p><p aria-hidden="true">Also hidden</p><p> </p><p>—</p>
      <div class="newsletter signup">Get our newsletter</div><form><label>Email</label></form><p>Also kept.</p>`;
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['Kept.', 'Also kept.']);
  });

  it('keeps a long element whose class merely mentions ads, as page wrappers sometimes do', () => {
    const story = 'The minister said the plan would be published next week. '.repeat(20);
    const html = `<div class="advertisement-off-canvas--pusher"><p>${story}</p></div>`;
    expect(htmlToBlocks(html)).toEqual([{ type: 'paragraph', text: story.trim() }]);
  });

  it('removes control characters and keeps right-to-left text and combining marks', () => {
    expect(htmlToBlocks('<p>a\u0001b\u0007 שָׁלוֹם e\u0301 \u202eevil\u202c</p>')).toEqual([
      { type: 'paragraph', text: 'ab שָׁלוֹם e\u0301 \u202eevil\u202c' },
    ]);
  });

  it('returns no blocks for empty or text-free input', () => {
    expect(htmlToBlocks('')).toEqual([]);
    expect(htmlToBlocks('<div><p></p><img src="x"></div>')).toEqual([]);
    expect(htmlToBlocks('<<<>>>')).toEqual([]);
  });

  it(`ignores markup past ${MAX_HTML_NODES} nodes rather than spending seconds on it`, () => {
    const blocks = htmlToBlocks(`<p>lead</p>${'<p>x</p>'.repeat(MAX_HTML_NODES * 2)}`);
    expect(blocks[0]).toEqual({ type: 'paragraph', text: 'lead' });
    expect(blocks.length).toBeLessThanOrEqual(MAX_HTML_NODES);
  });

  it('keeps the text of 40,000 nested elements without overflowing the stack', () => {
    const depth = 40_000;
    const blocks = htmlToBlocks(`${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}<p>after</p>`);
    expect(blocks.map((b) => b.text)).toEqual(['deep text', 'after']);
  });
});
