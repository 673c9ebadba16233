export { TodayKpi } from './today-kpi';
