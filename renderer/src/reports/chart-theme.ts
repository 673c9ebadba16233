/** The charts in the app's dark palette (renderer/src/styles/app.css), read by Recharts as props. */
export const CHART_THEME = {
  series: '#4cc38a',
  target: '#e5a50a',
  grid: '#27323f',
  axis: '#8b98a5',
  tooltipBackground: '#1c2530',
  tooltipBorder: '#364455',
  text: '#e6edf3',
} as const;

export const CHART_HEIGHT = 240;

export const AXIS_TICK = { fill: CHART_THEME.axis, fontSize: 12 } as const;

export const TOOLTIP_STYLE = {
  contentStyle: {
    background: CHART_THEME.tooltipBackground,
    border: `1px solid ${CHART_THEME.tooltipBorder}`,
    borderRadius: 6,
    color: CHART_THEME.text,
  },
  labelStyle: { color: CHART_THEME.text },
  itemStyle: { color: CHART_THEME.text },
} as const;

/** Lines of several groups: distinct on the dark panel, the team's green first. */
export const SERIES_COLOURS = [
  '#4cc38a',
  '#58a6ff',
  '#e5a50a',
  '#d2a8ff',
  '#f0883e',
  '#56d4dd',
  '#ff7b72',
  '#a5d6a7',
] as const;
