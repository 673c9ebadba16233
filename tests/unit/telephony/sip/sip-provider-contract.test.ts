import { describeProviderContract } from '../provider-contract';
import { sipHarness } from './sip-harness';

describeProviderContract('sip (scripted JsSIP in a window host)', () => sipHarness());
