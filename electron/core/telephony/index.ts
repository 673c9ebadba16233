export { createTelephony } from './create-telephony';
export type { ProviderEvent, TelephonyProvider } from './provider';
export { SIMULATION_SPEEDS } from './simulated/simulated-line';
export type { SimulationControl, SimulationSpeed } from './simulated/simulated-line';
export { SIMULATED_OUTCOMES } from './simulated/simulation-settings';
export type { SimulatedOutcome } from './simulated/simulation-settings';
export { telephonyHandlers } from './twilio/twilio-handlers';
export type { TwilioLineControl } from './twilio/twilio-line';
