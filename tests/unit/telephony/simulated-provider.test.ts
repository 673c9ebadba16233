import { describeProviderContract } from './provider-contract';
import { simulatedHarness } from './simulated-harness';

describeProviderContract('simulated', () => simulatedHarness());
