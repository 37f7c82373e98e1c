/**
 * The report's stylesheet, inline: the file is sent by e-mail and opened offline, so it uses the
 * reader's system fonts and nothing else. Colours are chosen to survive a black-and-white print
 * (marks and missing answers also differ by text, not only by colour).
 */
export const STYLE = `
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --head: #eef1f5; --accent: #1f5fa8;
  --added: #dcf3e1; --added-ink: #176330; --removed: #fbe1e1; --removed-ink: #9b1c1c; --changed: #fff1c2; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
  margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1400px; line-height: 1.4; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p.note, .meta { color: var(--muted); margin: .2rem 0 .7rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .4rem 0 .6rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
tbody th { font-weight: 600; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.ok { color: #24583a; text-align: right; }
td.missing { background: var(--removed); color: var(--removed-ink); font-weight: 600; text-align: center; }
td.dim { color: var(--muted); text-align: right; }
ol.questions li { margin-bottom: .3rem; }
td.mark { text-align: center; font-weight: 700; color: var(--accent); }
td.has-pop { position: relative; cursor: pointer; }
td.has-pop:focus { outline: 2px solid var(--accent); }
td.nomark { text-align: center; color: #b8bec7; }
.pop { display: none; position: absolute; z-index: 10; top: 100%; left: 50%; transform: translateX(-50%); width: 26rem;
  max-width: 80vw; background: #fffdf3; border: 1px solid #d8c98a; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  padding: .5rem .7rem; font-weight: 400; color: var(--ink); text-align: left; cursor: auto; }
td.has-pop:hover .pop, td.has-pop:focus .pop, td.has-pop:focus-within .pop { display: block; }
.pop q { display: block; margin-bottom: .3rem; }
.pop .note { display: block; margin-bottom: .3rem; font-style: italic; }
.pop .where { color: var(--muted); font-size: .9em; }
td.comment { max-width: 28rem; font-size: .92em; }
td.comment.has-pop { text-decoration: underline dotted var(--muted); }
table.heatmap td { width: 2.6rem; text-align: center; font-variant-numeric: tabular-nums; }
table.heatmap tbody th { font-weight: 400; }
table.heatmap tbody th.shared { color: var(--accent); }
.legend { display: flex; gap: .8rem; align-items: center; color: var(--muted); font-size: .9em; margin: .3rem 0; }
.swatch { display: inline-block; width: 1.1rem; height: 1.1rem; border: 1px solid var(--line); vertical-align: middle; margin-right: .25rem; }
svg.bars text { font-size: 13px; fill: var(--ink); }
svg.bars text.value { fill: var(--muted); }
svg.bars rect.bar { fill: var(--accent); }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
.side > section { min-width: 0; }
tr.added > *, td.added, .swatch.added { background: var(--added); }
tr.removed > *, td.removed, .swatch.removed { background: var(--removed); }
tr.removed > * { color: var(--removed-ink); }
td.changed, tr.changed > td.change, .swatch.changed { background: var(--changed); }
ins { text-decoration: none; background: var(--added); color: var(--added-ink); padding: 0 .15rem; font-weight: 600; }
del { background: var(--removed); color: var(--removed-ink); padding: 0 .15rem; }
.empty { color: #b8bec7; }
td.corrected { background: var(--changed); outline: 1px dashed #b08900; }
table.audit td.quotes { max-width: 36rem; font-size: .92em; }
table.audit .where { color: var(--muted); font-size: .9em; }
td.has-pop.closed .pop, td.has-pop.closed:hover .pop, td.has-pop.closed:focus .pop { display: none; }
.print-only { display: none; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 1.2rem; break-after: avoid; } h3 { break-after: avoid; }
  .pop, .screen-only { display: none !important; }
  .print-only { display: block; }
  sup.print-only { display: inline; font-size: .7em; font-weight: 400; color: var(--muted); }
  .scroll { overflow: visible; }
  table { width: 100%; table-layout: auto; }
  th, td { padding: .15rem .3rem; overflow-wrap: break-word; hyphens: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tbody th { white-space: normal; }
  td.comment { max-width: none; }
  table.heatmap td { width: auto; min-width: 1.6rem; }
  td.has-pop { cursor: auto; }
  td.comment.has-pop { text-decoration: none; }
  ol.footnotes { font-size: 8pt; color: var(--ink); margin: .2rem 0 .8rem 1.2rem; padding: 0; }
  ol.footnotes li { margin-bottom: .15rem; break-inside: avoid; }
  .side { grid-template-columns: 1fr 1fr; gap: 1rem; }
  .side > section, .chart { break-inside: avoid; }
  svg.bars { max-width: 100%; height: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * The report's only script: Escape closes a quote that hover or focus opened (the reader can
 * still see the table under it). The page's policy allows this script and no other, by its hash.
 */
export const SCRIPT = `(function () {
  function cell(t) { return t && t.closest ? t.closest('.has-pop') : null; }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var open = document.querySelectorAll('.has-pop');
    for (var i = 0; i < open.length; i++) open[i].classList.add('closed');
    var a = document.activeElement;
    if (cell(a)) a.blur();
  });
  document.addEventListener('mouseover', function (e) {
    var here = cell(e.target);
    var closed = document.querySelectorAll('.has-pop.closed');
    for (var i = 0; i < closed.length; i++) if (closed[i] !== here) closed[i].classList.remove('closed');
  });
  document.addEventListener('focusin', function (e) {
    var here = cell(e.target);
    if (here) here.classList.remove('closed');
  });
})();`;
