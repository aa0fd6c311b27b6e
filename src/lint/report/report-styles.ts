/**
 * The report's only styles, inlined so the file works on its own, offline. Colours have a
 * contrast of at least 7:1 with their background; severity is always said in words too,
 * never by colour alone.
 */
export const reportCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Atkinson Hyperlegible", Verdana, Arial, sans-serif; font-size: 1.125rem; line-height: 1.6; color: #111; background: #fff; }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 4px solid #1d3a6e; }
h1, h2, h3, h4 { line-height: 1.25; color: #0b2149; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d3a6e; padding-bottom: .25rem; }
h3 { margin-top: 2rem; }
h4 { margin: 1.5rem 0 .5rem; }
a { color: #0b3d91; }
a:focus, summary:focus { outline: 3px solid #111; outline-offset: 2px; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #555; padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: #e8edf5; }
td.num, th.num { text-align: right; }
code { font-family: inherit; font-weight: bold; background: #f1f1f1; padding: 0 .2em; border-radius: 3px; }
.file { color: #333; font-size: 1rem; }
.figures { background: #eef3e8; border-left: 6px solid #2e5c1a; padding: .4rem .75rem; margin: .25rem 0 1rem; }
.finding { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; border: 1px solid #999; border-radius: 6px; padding: .75rem; margin: .75rem 0; }
@media (max-width: 48rem) { .finding { grid-template-columns: 1fr; } }
.where { margin: 0 0 .25rem; font-size: 1rem; color: #333; }
.text { margin: 0; font-size: 1.25rem; }
mark { background: #ffe066; color: #111; padding: 0 .1em; border-bottom: 3px solid #7a5c00; }
mark.error { background: #ffd6d6; border-bottom-color: #8b0000; }
sup { font-weight: bold; }
ol.notes { margin: 0; padding-left: 1.5rem; }
ol.notes li { margin-bottom: .5rem; }
.badge { display: inline-block; font-size: .9rem; font-weight: bold; border-radius: 4px; padding: 0 .4rem; margin-right: .25rem; }
.badge.error { background: #8b0000; color: #fff; }
.badge.warning { background: #5c4300; color: #fff; }
.badge.info { background: #1d3a6e; color: #fff; }
.hint { display: block; }
.meta { display: block; font-size: .9rem; color: #333; }
.clean { color: #1e4d12; font-weight: bold; }
`;
