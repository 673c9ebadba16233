export { seedDemoData } from './seed-demo';
