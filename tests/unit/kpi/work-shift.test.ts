import { describe, expect, it } from 'vitest';
import { workShiftOf } from '../../../shared/kpi';

describe('workShiftOf: the rep’s shift hours from the settings', () => {
  it('reads HH:MM times as minutes after midnight', () => {
    expect(workShiftOf('09:00', '17:30')).toEqual({ startMinute: 540, endMinute: 1050 });
  });

  it('is null for a time that is not one, or an end not after the start', () => {
    expect(workShiftOf('9', '17:00')).toBeNull();
    expect(workShiftOf('17:00', '09:00')).toBeNull();
    expect(workShiftOf('09:00', '09:00')).toBeNull();
  });
});
