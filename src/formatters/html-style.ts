/** The report's stylesheet: inline, so the page is one self-contained file. */
export const HTML_STYLE = `
:root { --error: #c62828; --warning: #b26a00; --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header { padding: 24px 32px 8px; border-bottom: 1px solid var(--line); background: var(--bg); }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { font-size: 19px; margin: 32px 0 8px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
main { padding: 8px 32px 40px; max-width: 1200px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; background: #fff; }
.card b { display: block; font-size: 26px; }
.card.error b { color: var(--error); }
.card.warning b { color: var(--warning); }
.charts { display: flex; flex-wrap: wrap; gap: 32px; }
.chart { flex: 1 1 420px; }
.chart table { border-collapse: collapse; width: 100%; }
.chart td { padding: 3px 6px; vertical-align: middle; }
.chart td.label { max-width: 260px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chart td.count { text-align: right; font-variant-numeric: tabular-nums; color: var(--muted); }
rect.error { fill: var(--error); }
rect.warning { fill: #e0a100; }
.legend span { margin-right: 16px; color: var(--muted); }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.legend i.error { background: var(--error); }
.legend i.warning { background: #e0a100; }
section.team { border-top: 2px solid var(--line); margin-top: 28px; }
.findings { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
.findings th, .findings td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
.findings th { background: var(--bg); font-weight: 600; }
.sev { font-weight: 600; white-space: nowrap; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.findings td code { white-space: nowrap; }
code, .where { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
.where { color: var(--muted); white-space: nowrap; }
.kr { font-style: italic; }
.suggestion { color: #1a7f37; }
.clean { font-size: 18px; color: #1a7f37; }
`;
