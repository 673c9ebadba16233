import { escapeHtml } from './html';

/** The page shell; the floor inside is rendered on the hub (render-wall.ts). */
export function wallPageHtml(initialFloor: string, title: string): string {
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
<main id="floor" data-testid="floor-wall">
${initialFloor}
</main>
<script src="/wall.js"></script>
</body>
</html>
`;
}

/**
 * The page's only script: it follows the hub's event stream and swaps in the HTML the hub
 * rendered. Small enough to read in one go; no data handling of its own.
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
})();
`;

/** VICIdial's colour families; deeper colour the longer a rep stays in the state (10 s, 1 min, 5 min). */
export const WALL_STYLE = `
:root { color-scheme: dark; font-family: system-ui, sans-serif; background: #111418; color: #e8eaed; }
body { margin: 0; padding: 1rem 1.5rem; }
header { display: flex; align-items: baseline; gap: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
.status { font-size: 0.9rem; padding: 0.1rem 0.5rem; border-radius: 0.25rem; }
.status.live { background: #1e5631; }
.status.down { background: #7a1f1f; }
#floor { display: grid; grid-template-columns: 3fr 1fr; gap: 1rem; }
.team { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.stat { display: flex; flex-direction: column; }
.stat .label { font-size: 0.8rem; color: #9aa0a6; }
.stat .value { font-size: 1.6rem; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.3rem 0.5rem; text-align: left; border-bottom: 1px solid #2a2f36; }
td.num, td.time { text-align: right; font-variant-numeric: tabular-nums; }
.floor td { color: #111; background: #e8eaed; }
.floor tr.cat-offline td { background: #5f6368; color: #dadce0; }
.floor tr.cat-ready.band-1 td { background: #add8e6; }
.floor tr.cat-ready.band-2 td { background: #4169e1; color: #fff; }
.floor tr.cat-ready.band-3 td { background: #191970; color: #fff; }
.floor tr.cat-calling.band-1 td { background: #ffe4b5; }
.floor tr.cat-calling.band-2 td { background: #ffa500; }
.floor tr.cat-calling.band-3 td { background: #d2691e; color: #fff; }
.floor tr.cat-incall.band-1 td { background: #d8bfd8; }
.floor tr.cat-incall.band-2 td { background: #ee82ee; }
.floor tr.cat-incall.band-3 td { background: #800080; color: #fff; }
.floor tr.cat-wrapup.band-1 td { background: #c1f0c1; }
.floor tr.cat-wrapup.band-2 td { background: #3cb371; }
.floor tr.cat-wrapup.band-3 td { background: #006400; color: #fff; }
.floor tr.cat-paused.band-1 td { background: #f0e68c; }
.floor tr.cat-paused.band-2 td { background: #ffff00; }
.floor tr.cat-paused.band-3 td { background: #808000; color: #fff; }
.alerts ul { list-style: none; margin: 0 0 1rem; padding: 0; }
.alert { padding: 0.4rem 0.5rem; margin-bottom: 0.3rem; border-left: 4px solid #f28b82; background: #2a1f1f; }
.alert.kind-escalation { border-color: #fdd663; background: #2e2a17; }
.quiet { color: #9aa0a6; }
`;
