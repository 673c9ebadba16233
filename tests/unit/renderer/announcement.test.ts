import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { Lead } from '../../../shared/domain/lead';
import { announcementFor } from '../../../renderer/src/a11y/announcement';

type Announced = Pick<SessionSnapshot, 'state' | 'offer' | 'draft' | 'pause' | 'idleReason'>;

const lead = { id: 7, firstName: 'Maria', lastName: 'Gonzalez', company: 'Sunrise Dental' } as Lead;
const offer = { lead, reason: 'new lead — 2 min old' };
const snapshot = (state: SessionSnapshot['state'], extra: Partial<Announced> = {}): Announced => ({
  state,
  offer,
  draft: null,
  pause: null,
  idleReason: null,
  ...extra,
});
const labelOf = (code: string) => ({ 'no-answer': 'No answer' })[code] ?? code;

describe('announcementFor', () => {
  it('names the lead on each step of the call', () => {
    expect(announcementFor(null, snapshot('dialing'), labelOf)).toBe('Dialing Maria Gonzalez.');
    expect(announcementFor(snapshot('dialing'), snapshot('connected'), labelOf)).toBe(
      'Connected to Maria Gonzalez.',
    );
  });

  it('stays quiet when only timers or the draft change', () => {
    expect(announcementFor(snapshot('connected'), snapshot('connected'), labelOf)).toBeNull();
  });

  it('says when an outcome was set automatically', () => {
    const draft = {
      outcomeCode: 'no-answer',
      note: '',
      callbackAt: null,
      automatic: true,
      dncConfirmed: false,
    };
    expect(announcementFor(snapshot('ringing'), snapshot('wrap-up', { draft }), labelOf)).toBe(
      'Call ended: No answer. Saving it automatically.',
    );
  });

  it('says the pause code', () => {
    const pause = { code: 'break' as const, reason: 'rep' as const, since: 0 };
    expect(announcementFor(snapshot('wrap-up'), snapshot('paused', { pause }), labelOf)).toBe(
      'Paused: break. Press P to resume.',
    );
  });
});
