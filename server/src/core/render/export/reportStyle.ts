/** The readiness report's style sheet, inlined in the page: compact enough to print on one or two pages. */
export const REPORT_CSS = `
@page { margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328;
  max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 16pt; margin: 0 0 .2rem; }
h2 { font-size: 11pt; margin: 0 0 .25rem; display: flex; gap: .4rem; align-items: baseline; flex-wrap: wrap; }
header { border-bottom: 2px solid #1f2328; padding-bottom: .4rem; margin-bottom: .6rem; }
.meta { margin: 0; color: #57606a; }
.summary { margin: .2rem 0 0; font-weight: 600; }
section { padding: .35rem 0 .4rem .6rem; border-left: 4px solid #2da44e; margin: 0 0 .35rem; break-inside: avoid; }
section.depth-1 { margin-left: 1.2rem; }
section.tone-warning { border-left-color: #bf8700; }
section.tone-error, section.document { border-left-color: #cf222e; }
section:not(.ready) .title { font-weight: 700; }
.mark { font-weight: 700; width: 1em; }
.ready .mark { color: #1a7f37; }
.tone-warning .mark { color: #9a6700; }
.tone-error .mark { color: #cf222e; }
.status, .readiness { font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
  padding: 0 .35em; border-radius: 3px; background: #eaeef2; color: #424a53; }
.status-ok { background: #dafbe1; color: #116329; }
.status-over, .status-missing { background: #ffebe9; color: #a40e26; }
.status-under, .status-empty { background: #fff8c5; color: #7d4e00; }
.readiness { background: none; border: 1px solid #d0d7de; }
.ready .readiness { border-color: #1a7f37; color: #1a7f37; }
.count { margin: 0; display: flex; align-items: center; gap: .5rem; }
.bar { position: relative; display: inline-block; width: 9rem; height: .55rem; background: #eaeef2;
  border-radius: 2px; overflow: visible; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.fill { position: absolute; left: 0; top: 0; bottom: 0; background: #2da44e; border-radius: 2px; }
.tone-warning .fill { background: #d4a72c; }
.tone-error .fill { background: #cf222e; }
.limit { position: absolute; top: -2px; bottom: -2px; width: 2px; margin-left: -1px; background: #1f2328; }
.asks { margin: .15rem 0 0; color: #424a53; }
ul.asks { list-style: none; padding-left: .4rem; }
ul.asks li.met .mark { color: #1a7f37; }
ul.asks li.unmet .mark { color: #cf222e; }
ul.asks li.accepted .mark { color: #9a6700; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.label { font-weight: 600; }
.problems { margin: .2rem 0 0; padding-left: 1.1rem; }
.problems li { margin: .05rem 0; }
.problems .line { font-variant-numeric: tabular-nums; color: #57606a; }
.problems .severity { font-size: 8pt; font-weight: 700; text-transform: uppercase; }
.problems .error .severity { color: #cf222e; }
.problems .warning .severity { color: #9a6700; }
.problems .information .severity { color: #0969da; }
.problems code { font-size: 8pt; color: #57606a; }
footer { border-top: 1px solid #d0d7de; margin-top: .6rem; padding-top: .4rem; break-inside: avoid; }
footer h2 { font-size: 10pt; margin-top: .3rem; }
footer p { margin: 0 0 .3rem; }
`;
