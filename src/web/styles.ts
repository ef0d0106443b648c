/**
 * The dashboard's one stylesheet: plain, high-contrast (every text pair at least 4.5:1, status colours at least
 * 4.5:1 against white), visible focus, and a print layout without navigation that keeps figures and tables whole.
 */
import { ACTION_STATUSES, type ActionStatus } from "../core/domain/status.js";

/** One colour per status, for charts and labels; white text on each has at least 4.5:1. */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  loopt: "#2e7d32",
  nader_uit_te_werken: "#b45309",
  afgerond: "#1d4ed8",
  gepauzeerd: "#5f6670",
  vervallen: "#b91c1c",
};

const statusRules = ACTION_STATUSES.map((status) => `.status-${status} { background: ${STATUS_COLOURS[status]}; }`).join("\n");

export const STYLESHEET = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4b5563; --link: #0b4f9c; --brand: #0b3d6e; --line: #c9ced6; --soft: #f3f4f6; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: var(--link); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header { background: var(--brand); color: #fff; padding: 0.75rem 1rem; }
.site-header a { color: #fff; }
.site-header .bar { max-width: 72rem; margin: 0 auto; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between; }
.site-name { margin: 0; font-weight: 700; font-size: 1.1rem; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.tools { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.95rem; }
.tools form { margin: 0; }
.tools button { font: inherit; background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px; padding: 0.1rem 0.6rem; cursor: pointer; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.lead { font-size: 1.05rem; color: var(--muted); max-width: 48rem; }
.muted { color: var(--muted); }
.breadcrumb ol { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; font-size: 0.95rem; }
.breadcrumb li + li::before { content: "›"; margin-right: 0.25rem; color: var(--muted); }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0; }
.kpis div { background: var(--soft); border-radius: 6px; padding: 0.6rem 0.8rem; }
.kpis dt { font-size: 0.9rem; color: var(--muted); }
.kpis dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; margin: 0; }
.fields dt { font-weight: 600; }
.fields dd { margin: 0; }
.status { display: inline-block; color: #fff; border-radius: 3px; padding: 0 0.4rem; font-size: 0.9rem; white-space: nowrap; }
${statusRules}
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.25rem; }
figure.chart svg { width: 100%; max-width: 60rem; height: auto; display: block; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; margin: 0.25rem 0; font-size: 0.95rem; }
.legend .swatch { display: inline-block; width: 1.6rem; height: 0.9rem; margin-right: 0.4rem; vertical-align: -0.1rem; border-radius: 2px; }
.notes { list-style: none; padding: 0; }
.notes li { border-left: 3px solid var(--line); padding: 0.1rem 0 0.1rem 0.75rem; margin-bottom: 0.75rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: 0.5rem 0 1rem; }
summary { cursor: pointer; color: var(--link); }
.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
.timeline li { margin: 0 0 0.9rem; padding-left: 1rem; }
.timeline time { font-weight: 600; font-variant-numeric: tabular-nums; }
.timeline .what { display: block; }
.timeline blockquote, .note blockquote { margin: 0.25rem 0 0; padding-left: 0.75rem; border-left: 3px solid var(--soft); white-space: pre-wrap; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.75rem; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
.reports { padding-left: 1.25rem; }
.downloads { list-style: none; padding: 0; margin: 0.25rem 0 0.75rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.message-list { padding-left: 1.25rem; }
.message-list li { margin-bottom: 0.5rem; }
.message-list .detail { white-space: pre-wrap; color: var(--muted); }
.notice { background: #fff7e6; border-left: 4px solid #b45309; padding: 0.6rem 0.9rem; }
form.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 1rem 0; }
form.search label { display: block; width: 100%; font-weight: 600; }
form.search input { font: inherit; padding: 0.3rem 0.5rem; min-width: 18rem; border: 1px solid var(--muted); border-radius: 4px; }
form.search button { font: inherit; padding: 0.3rem 1rem; background: var(--brand); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.site-footer { max-width: 72rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media print {
  @page { margin: 1.5cm; }
  html { font-size: 10.5pt; }
  .skip-link, .site-header nav, .tools, form.search, .no-print { display: none !important; }
  .site-header { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.25rem; }
  .site-header a, a { color: #000; text-decoration: none; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  figure, table, .timeline li, .cards li, .notes li, .kpis { break-inside: avoid; }
  .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .status { border: 1px solid #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details > summary { display: none; }
}
`;
