export { CallScripts } from './call-scripts';
