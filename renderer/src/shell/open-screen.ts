import type { ScreenId } from './screens';

export interface OpenScreen {
  id: ScreenId;
  /** The callback to bring into view when the callbacks screen opens from a reminder. */
  leadId?: number;
}
