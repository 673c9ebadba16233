import { describeProviderContract } from '../provider-contract';
import { twilioHarness } from './twilio-harness';

describeProviderContract('twilio (scripted Device in a window host)', () => twilioHarness());
