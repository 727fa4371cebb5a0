import { extractHtmlArticle } from './extract.js';
import { htmlToBlocks } from './blocks.js';
const para = '<p>' + 'The council voted on Tuesday to approve the new budget, officials said. '.repeat(10) + '</p>';
const N = 100_000;
const cases: Record<string, string> = {
  nestedDivs: '<html><body>' + '<div>'.repeat(N) + para + '</div>'.repeat(N) + '</body></html>',
  nestedDivsUnclosed: '<html><body>' + para + '<div>'.repeat(N * 5),
  pli: '<html><body>' + para + '<p><li>'.repeat(N * 2),
  ppdiv: '<html><body>' + para + '<p><p><div></p>'.repeat(N * 2),
  spans: '<html><body>' + para + '<span><b><i>'.repeat(N * 2),
  tables: '<html><body>' + para + '<table><tr><td>'.repeat(N),
  svgSelf: '<html><body>' + para + '<svg>' + '<g/>'.repeat(N * 5) + '</svg>',
  hugeText: '<html><body><p>' + 'word '.repeat(1_600_000) + '</p></body></html>',
  entities: '<html><body><p>' + '&amp;&#x1F600;&eacute;&nbsp;'.repeat(250_000) + '</p></body></html>',
  entitiesWords: '<html><body><p>' + 'caf&eacute; &#8220;quote&#8221; '.repeat(200_000) + '</p></body></html>',
  controls: '<html><body><p>' + 'text\u0001\u0002 '.repeat(1000) + para + '</p></body></html>',
  rtl: '<html dir="rtl" lang="ar"><body><article><p>' + 'مرحبا بالعالم \u202e abc \u202c e\u0301\u0301\u0301\u0301 '.repeat(2000) + '</p></article></body></html>',
  combining: '<html><body><p>a' + '\u0301'.repeat(2_000_000) + ' ' + para + '</p></body></html>',
  emptyEls: '<html><body>' + para + '<i></i>'.repeat(1_000_000) + '</body></html>',
  openComment: '<html><body>' + para + '<!--'.repeat(1_000_000),
  openQuote: '<html><body>' + para + '<a href="' + '<a '.repeat(1_000_000),
  metas: '<html><head>' + '<meta charset'.repeat(500_000) + '</head><body>' + para,
  openScript: '<html><body>' + para + '<script>' + 'x<div>'.repeat(500_000),
  jsonDeep: '<html><head><script type="application/ld+json">' + '['.repeat(1_000_000) + '</script></head><body>' + para,
  jsonWide: '<html><head><script type="application/ld+json">[' + '{"@type":"Thing","@graph":[{}]},'.repeat(100_000) + '{}]</script></head><body>' + para,
  lt: '<html><body>' + para + '<'.repeat(3_000_000),
  attrs: '<html><body><div ' + 'a=b '.repeat(1_000_000) + '>' + para + '</div>',
  brs: '<html><body>' + para + '<br>'.repeat(1_000_000),
  titleHuge: '<html><head><title>' + 'x '.repeat(2_000_000) + '</title></head><body>' + para,
  nestedHeadings: '<html><body>' + para + '<h1><h2><h3>'.repeat(N),
  nestedA: '<html><body>' + para + '<a href=x>'.repeat(N * 3),
  nestedFont: '<html><body>' + para + '<font>'.repeat(N * 3),
  nestedForeign: '<html><body>' + para + '<svg><foreignObject>'.repeat(N),
};
for (const [name, html] of Object.entries(cases)) {
  const bytes = new TextEncoder().encode(html);
  let t = performance.now();
  let out: string;
  try { const r = extractHtmlArticle(bytes, name); out = `record ${r.blocks.length} blocks`; } catch (e) { out = String((e as Error).message).slice(0, 110); }
  const a = performance.now() - t; t = performance.now();
  let b: string;
  try { b = `${htmlToBlocks(html).length} blocks`; } catch (e) { b = 'THROW ' + String(e).slice(0, 80); }
  console.log(name.padEnd(20), (bytes.length / 1e6).toFixed(1) + 'MB', Math.round(a) + 'ms', out, '|', Math.round(performance.now() - t) + 'ms', b);
}
