import { escapeHtml } from './html';

/** How often the weekly panel is read again: its numbers move by the call, not by the second. */
export const WEEKLY_REFRESH_MS = 5 * 60_000;

/**
 * The page shell; the floor inside is rendered on the hub (render-wall.ts), and so is the weekly
 * panel when the address asks for it (`&weekly=1`, render-weekly-panel.ts).
 */
export function wallPageHtml(
  initialFloor: string,
  title: string,
  weekly: string | null = null,
): string {
  const weeklyPanel =
    weekly === null
      ? ''
      : `<div id="weekly" data-refresh-ms="${WEEKLY_REFRESH_MS}">\n${weekly}\n</div>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/wall.css">
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><span id="status" class="status down" data-testid="floor-status">connecting…</span></header>
${weeklyPanel}<main id="floor" data-testid="floor-wall">
${initialFloor}
</main>
<script src="/wall.js"></script>
</body>
</html>
`;
}

/**
 * The page's only script: it follows the hub's event stream and swaps in the HTML the hub
 * rendered, and reads the weekly panel again now and then when the page has one. Small enough
 * to read in one go; no data handling of its own.
 */
export const WALL_SCRIPT = `'use strict';
(function () {
  var token = new URLSearchParams(window.location.search).get('token') || '';
  var floor = document.getElementById('floor');
  var status = document.getElementById('status');
  var source = new EventSource('/wall/events?token=' + encodeURIComponent(token));
  source.addEventListener('floor', function (message) {
    floor.innerHTML = JSON.parse(message.data);
    status.textContent = 'live';
    status.className = 'status live';
  });
  source.addEventListener('error', function () {
    status.textContent = 'reconnecting…';
    status.className = 'status down';
  });
  var weekly = document.getElementById('weekly');
  if (weekly) {
    setInterval(function () {
      fetch('/wall/weekly?token=' + encodeURIComponent(token))
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) weekly.innerHTML = html; })
        .catch(function () {});
    }, Number(weekly.getAttribute('data-refresh-ms')));
  }
})();
`;

/**
 * A TV across the room: text at least 16 px (it grows with the screen), large numbers, one row per
 * rep on a dark ground, and the state as a coloured chip with its name in it. VICIdial's colour
 * families, deeper the longer a rep stays in the state (10 s, 1 min, 5 min), sit on the chip and
 * the row's edge only: full-row pastel bands under small text read badly from a distance.
 */
export const WALL_STYLE = `
:root { color-scheme: dark; font-family: system-ui, sans-serif; background: #111418; color: #e8eaed; font-size: clamp(16px, 1.15vw, 34px); }
body { margin: 0; padding: 1rem 1.5rem; }
header { display: flex; align-items: baseline; gap: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
.status { font-size: 0.9rem; padding: 0.1rem 0.5rem; border-radius: 0.25rem; }
.status.live { background: #1e5631; }
.status.down { background: #7a1f1f; }
#floor { display: grid; grid-template-columns: 3fr 1fr; gap: 1.25rem; align-items: start; }
.team { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.5rem 2.25rem; }
.stat { display: flex; flex-direction: column; }
.stat .label { font-size: 0.9rem; color: #b0b6bd; }
.stat .value { font-size: 2.6rem; font-weight: 600; line-height: 1.1; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.35rem 0.6rem; text-align: left; border-bottom: 1px solid #2a2f36; }
th { font-size: 0.9rem; color: #b0b6bd; font-weight: 600; }
td.num, td.time { text-align: right; font-variant-numeric: tabular-nums; }
.floor td { font-size: 1.25rem; background: #171b21; color: #e8eaed; }
.floor td.rep { font-weight: 600; border-left: 0.5rem solid #5f6368; }
.floor td.state { font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: #111; background: #e8eaed; border-radius: 0.3rem; }
.floor tr.cat-offline td.state { background: #5f6368; color: #fff; }
.floor tr.cat-offline td { color: #b0b6bd; }
.floor tr.cat-ready.band-1 td.state { background: #add8e6; }
.floor tr.cat-ready.band-2 td.state { background: #4169e1; color: #fff; }
.floor tr.cat-ready.band-3 td.state { background: #191970; color: #fff; }
.floor tr.cat-ready td.rep { border-left-color: #4169e1; }
.floor tr.cat-calling.band-1 td.state { background: #ffe4b5; }
.floor tr.cat-calling.band-2 td.state { background: #ffa500; }
.floor tr.cat-calling.band-3 td.state { background: #d2691e; color: #fff; }
.floor tr.cat-calling td.rep { border-left-color: #ffa500; }
.floor tr.cat-incall.band-1 td.state { background: #d8bfd8; }
.floor tr.cat-incall.band-2 td.state { background: #ee82ee; }
.floor tr.cat-incall.band-3 td.state { background: #800080; color: #fff; }
.floor tr.cat-incall td.rep { border-left-color: #ee82ee; }
.floor tr.cat-wrapup.band-1 td.state { background: #c1f0c1; }
.floor tr.cat-wrapup.band-2 td.state { background: #3cb371; }
.floor tr.cat-wrapup.band-3 td.state { background: #006400; color: #fff; }
.floor tr.cat-wrapup td.rep { border-left-color: #3cb371; }
.floor tr.cat-paused.band-1 td.state { background: #f0e68c; }
.floor tr.cat-paused.band-2 td.state { background: #ffff00; }
.floor tr.cat-paused.band-3 td.state { background: #808000; color: #fff; }
.floor tr.cat-paused td.rep { border-left-color: #ffff00; }
.alerts ul { list-style: none; margin: 0 0 1rem; padding: 0; }
.alert { padding: 0.4rem 0.5rem; margin-bottom: 0.3rem; border-left: 4px solid #f28b82; background: #2a1f1f; }
.alert.kind-escalation { border-color: #fdd663; background: #2e2a17; }
.quiet { color: #9aa0a6; }
#weekly { margin: 0 0 1.25rem; }
.weekly { border: 1px solid #2a2f36; border-radius: 0.5rem; padding: 0.6rem 1rem 0.75rem; background: #171b21; }
.weekly-stat .value { font-size: 2rem; }
.weekly h2 .quiet { font-size: 0.9rem; font-weight: 400; margin-left: 0.5rem; }
.weekly-stats { display: flex; flex-wrap: wrap; gap: 0.5rem 2.25rem; }
.weekly-stat .label .quiet { font-size: 0.8rem; }
.weekly-stat .last-week { font-size: 0.9rem; color: #b0b6bd; font-variant-numeric: tabular-nums; }
.trend { font-size: 1.4rem; vertical-align: middle; }
.trend.better { color: #81c995; }
.trend.worse { color: #f28b82; }
`;
