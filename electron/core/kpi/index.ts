export { LiveTalkTicker } from './live-talk-ticker';
export { TodayKpi } from './today-kpi';
