import type { DialMode, SessionStateName } from '../../../../shared/domain/session';
import type { SessionState, StateOf } from './session-state';

/**
 * The session's transitions as data: for every phase and every input, the phase it leads to and
 * what it asks of the store and the line, or why it is refused, or that it is ignored. The session
 * checks every input here before it acts on it. Effects are those of the app's ordinary run: the
 * session advances by itself, no pause was asked for, the line works, and every port answers.
 * Checks of an intent's arguments and of the outcome draft come after the table's.
 */

/** The state as the table reads it: a pause holding a call that still needs its outcome is apart. */
export type Phase = SessionStateName | 'paused-unfinished';

const EVERY_PHASE: Record<Phase, true> = {
  idle: true,
  preview: true,
  dialing: true,
  ringing: true,
  connected: true,
  'wrap-up': true,
  paused: true,
  'paused-unfinished': true,
};

/** Every phase, in the order the refusal messages list them. */
export const PHASES = Object.keys(EVERY_PHASE) as readonly Phase[];

/** What an input asks of the store (the ports) and the line, or of the session's own plans. */
export type Effect =
  /** ports.nextLead: now, or early as a wrap-up begins so that confirming dials at once. */
  | 'look-up-lead'
  /** ports.takeLead: the lead the rep picked. */
  | 'take-lead'
  /** ports.isDialable, ports.startAttempt, then provider.dial. */
  | 'place-call'
  | 'hang-up'
  /** ports.saveCallProgress: the ring, the answer or the end. */
  | 'save-progress'
  | 'record-outcome'
  | 'undo-outcome'
  /**
   * The outcome just withdrawn belongs to a call before the one now on the line, which is left
   * alone: that call's wrap-up comes back once the current call's outcome is recorded.
   */
  | 'reopen-after-call'
  | 'skip-lead'
  /** ports.skipCall: the ringing call's automatic outcome and the rep's skip, in one write. */
  | 'skip-call'
  /** ports.releaseLead: the lead on screen, or the one looked up early, goes back to the queue. */
  | 'release-lead'
  | 'set-muted'
  | 'send-digits'
  /** The wrap-up countdown stops: it limits idle time, never a rep who is working on the call. */
  | 'hold-countdown'
  /** The session pauses once the call's outcome is recorded instead of going on. */
  | 'pause-after-call';

/**
 * A phase, or one the session settles as it applies the input:
 * - next-lead: the queue's next lead, dialed in power mode, shown in preview mode; idle when the
 *   queue has none.
 * - after-call: once the outcome is recorded: paused when a pause was asked for or the line keeps
 *   failing, idle when the session does not advance by itself, else the next lead (looked up as
 *   the wrap-up began).
 */
export type Destination = Phase | 'next-lead' | 'after-call';

export interface Move {
  readonly kind: 'move';
  readonly to: Destination;
  readonly effects: readonly Effect[];
}

export type Refusal =
  | {
      readonly kind: 'refused';
      readonly because: 'wrong-state';
      readonly action: string;
      /** The states the input is accepted in, as the message lists them. */
      readonly allowed: readonly SessionStateName[];
    }
  | { readonly kind: 'refused'; readonly because: 'already-paused' }
  | { readonly kind: 'refused'; readonly because: 'stated'; readonly message: string };

/** News that no longer applies (a call already over, a countdown already replaced). */
export interface Ignored {
  readonly kind: 'ignored';
}

export type Entry = Move | Refusal | Ignored;

/** Where an input comes from: the rep (an intent), the line (a provider event) or the clock. */
export type Source = 'rep' | 'line' | 'clock';

type WrongState = Omit<Extract<Refusal, { because: 'wrong-state' }>, 'allowed'>;
type Stated = Extract<Refusal, { because: 'stated' }>;
type Cell = Move | Exclude<Refusal, { because: 'wrong-state' }>;
type Cells = Partial<Record<Phase, Cell>>;

interface Row<C extends Cells> {
  readonly source: Source;
  readonly cells: C;
  /** What every phase without a cell of its own does with the input. */
  readonly otherwise: WrongState | Cell | Ignored;
}

const to = (destination: Destination, ...effects: Effect[]): Move => ({
  kind: 'move',
  to: destination,
  effects,
});
const wrongState = (action: string): WrongState => ({
  kind: 'refused',
  because: 'wrong-state',
  action,
});
const stated = (message: string): Stated => ({ kind: 'refused', because: 'stated', message });
const ALREADY_PAUSED: Cell = { kind: 'refused', because: 'already-paused' };
const IGNORED: Ignored = { kind: 'ignored' };

const intent = <C extends Cells>(cells: C, otherwise: Row<C>['otherwise']): Row<C> => ({
  source: 'rep',
  cells,
  otherwise,
});
const line = <C extends Cells>(cells: C): Row<C> => ({ source: 'line', cells, otherwise: IGNORED });
const clock = <C extends Cells>(cells: C): Row<C> => ({
  source: 'clock',
  cells,
  otherwise: IGNORED,
});

/** Undo with no outcome recorded that can still be taken back. */
export const NOTHING_TO_UNDO = stated(
  'There is no outcome to undo: only the last one saved can be undone.',
);

const WITHDRAW_BEHIND = (phase: 'dialing' | 'ringing' | 'connected' | 'wrap-up') =>
  to(phase, 'undo-outcome', 'reopen-after-call');
const SKIP_RINGING = to('after-call', 'hang-up', 'skip-call', 'look-up-lead');

const DRAFT_EDIT = { connected: to('connected'), 'wrap-up': to('wrap-up', 'hold-countdown') };
/** A wrap-up that ran out keeps its note and callback time open until the outcome is saved. */
const NOTE_EDIT = { ...DRAFT_EDIT, 'paused-unfinished': to('paused-unfinished') };
const CALL_OVER = to('wrap-up', 'save-progress', 'look-up-lead');
const CALL_CUT = to('wrap-up', 'hang-up', 'save-progress', 'look-up-lead');
const IN_CALL_OVER = { dialing: CALL_OVER, ringing: CALL_OVER, connected: CALL_OVER };
const IN_CALL_STAY = {
  dialing: to('dialing'),
  ringing: to('ringing'),
  connected: to('connected'),
};

const ROWS = {
  start: intent({ idle: to('next-lead') }, wrongState('start dialing')),
  dial: intent({ idle: to('next-lead'), preview: to('dialing', 'place-call') }, wrongState('dial')),
  'dial-lead': intent(
    {
      idle: to('dialing', 'take-lead', 'place-call'),
      // The previewed lead goes back to the queue, unless it is the one picked.
      preview: to('dialing', 'take-lead', 'release-lead', 'place-call'),
      paused: to('dialing', 'take-lead', 'place-call'),
      'paused-unfinished': stated(
        'The last call still needs its outcome: resume, choose one and confirm first.',
      ),
    },
    wrongState('dial this lead'),
  ),
  'hang-up': intent(
    { dialing: CALL_CUT, ringing: CALL_CUT, connected: CALL_CUT },
    wrongState('hang up'),
  ),
  mute: intent(
    { ringing: to('ringing', 'set-muted'), connected: to('connected', 'set-muted') },
    wrongState('mute the line'),
  ),
  unmute: intent(
    { ringing: to('ringing', 'set-muted'), connected: to('connected', 'set-muted') },
    wrongState('unmute the line'),
  ),
  'send-digits': intent(
    { connected: to('connected', 'send-digits') },
    wrongState('send keypad tones'),
  ),
  'choose-outcome': intent(DRAFT_EDIT, wrongState('choose an outcome')),
  'write-note': intent(NOTE_EDIT, wrongState('write a note')),
  'set-callback': intent(NOTE_EDIT, wrongState('set a callback time')),
  confirm: intent(
    { 'wrap-up': to('after-call', 'record-outcome') },
    wrongState('confirm an outcome'),
  ),
  undo: intent(
    {
      idle: to('wrap-up', 'undo-outcome', 'look-up-lead'),
      // The previewed lead is kept to be offered next.
      preview: to('wrap-up', 'undo-outcome'),
      // The pause is kept for after the wrap-up.
      paused: to('wrap-up', 'undo-outcome', 'pause-after-call'),
      dialing: WITHDRAW_BEHIND('dialing'),
      ringing: WITHDRAW_BEHIND('ringing'),
      connected: WITHDRAW_BEHIND('connected'),
      'wrap-up': WITHDRAW_BEHIND('wrap-up'),
    },
    NOTHING_TO_UNDO,
  ),
  skip: intent(
    {
      preview: to('next-lead', 'skip-lead'),
      dialing: SKIP_RINGING,
      ringing: SKIP_RINGING,
      connected: stated(
        'Cannot skip a lead someone answered: hang up (Esc), then record the outcome.',
      ),
      'wrap-up': stated(
        'Cannot skip a lead whose call is over: record its outcome (1–9, then Enter).',
      ),
    },
    wrongState('skip a lead'),
  ),
  pause: intent(
    {
      idle: to('paused'),
      preview: to('paused', 'release-lead'),
      dialing: to('dialing', 'pause-after-call'),
      ringing: to('ringing', 'pause-after-call'),
      connected: to('connected', 'pause-after-call'),
      'wrap-up': to('wrap-up', 'pause-after-call', 'release-lead'),
    },
    ALREADY_PAUSED,
  ),
  resume: intent(
    { paused: to('next-lead'), 'paused-unfinished': to('wrap-up', 'look-up-lead') },
    wrongState('resume'),
  ),
  stop: intent(
    {
      idle: to('idle'),
      preview: to('idle', 'release-lead'),
      paused: to('idle'),
      'paused-unfinished': stated(
        'Cannot stop yet: the last call still needs its outcome. Resume, choose one and confirm.',
      ),
    },
    wrongState('stop'),
  ),

  'line-ringing': line({ dialing: to('ringing', 'save-progress') }),
  /** A person, or a machine the rep takes to leave a message. */
  'line-answered': line({
    dialing: to('connected', 'save-progress'),
    ringing: to('connected', 'save-progress'),
  }),
  /** A machine, and the settings hang up on machines. */
  'machine-answered': line({ dialing: CALL_CUT, ringing: CALL_CUT }),
  'line-ended': line(IN_CALL_OVER),
  'line-failed': line(IN_CALL_OVER),
  'quality-warning': line(IN_CALL_STAY),
  /** provider.dial() resolved: the line's call id is noted. */
  'dial-placed': line(IN_CALL_STAY),
  'dial-rejected': line(IN_CALL_OVER),

  'stuck-timeout': clock({ dialing: CALL_CUT }),
  'no-answer-timeout': clock({ ringing: CALL_CUT }),
  /** The countdown ran out with an outcome that can be recorded. */
  'wrap-up-expired': clock({ 'wrap-up': to('after-call', 'record-outcome') }),
  /** The countdown ran out with no usable outcome: pause rather than guess. */
  'wrap-up-expired-undecided': clock({ 'wrap-up': to('paused-unfinished', 'release-lead') }),
};

export type Input = keyof typeof ROWS;

export const INPUTS = Object.keys(ROWS) as Input[];

type CellsOf<I extends Input> = (typeof ROWS)[I]['cells'];

/** The phases in which `I` (or any of a union of inputs) is a move: not refused, not ignored. */
export type PhaseAccepting<I extends Input> = I extends Input
  ? { [P in keyof CellsOf<I>]: CellsOf<I>[P] extends Move ? P : never }[keyof CellsOf<I>] & Phase
  : never;

type Paused = StateOf<'paused'>;

/** The session's state narrowed to a phase. */
export type StateIn<P extends Phase> = P extends 'paused-unfinished'
  ? Paused & { unfinished: NonNullable<Paused['unfinished']> }
  : P extends 'paused'
    ? Paused & { unfinished: null }
    : P extends SessionStateName
      ? StateOf<P>
      : never;

export function phaseOf(state: SessionState): Phase {
  return state.name === 'paused' && state.unfinished ? 'paused-unfinished' : state.name;
}

export function sourceOf(input: Input): Source {
  return ROWS[input].source;
}

function cellOf(phase: Phase, input: Input): Row<Cells>['otherwise'] {
  const row: Row<Cells> = ROWS[input];
  return row.cells[phase] ?? row.otherwise;
}

/**
 * The states `input` is a move in, in the table's order. A pause holding an unfinished call is
 * left out: a plain pause would read it as "allowed while paused" when it is not.
 */
function acceptingStates(input: Input): SessionStateName[] {
  return PHASES.filter(
    (phase): phase is SessionStateName =>
      phase !== 'paused-unfinished' && cellOf(phase, input).kind === 'move',
  );
}

function entryOf(phase: Phase, input: Input): Entry {
  const cell = cellOf(phase, input);
  if (cell.kind === 'refused' && cell.because === 'wrong-state') {
    return { ...cell, allowed: acceptingStates(input) };
  }
  return cell;
}

/** The whole table, every phase by every input. */
export const TRANSITIONS: Readonly<Record<Phase, Readonly<Record<Input, Entry>>>> =
  Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      Object.fromEntries(INPUTS.map((input) => [input, entryOf(phase, input)])),
    ]),
  ) as Record<Phase, Record<Input, Entry>>;

export function transition(phase: Phase, input: Input): Entry {
  return TRANSITIONS[phase][input];
}

/** Where 'next-lead' and 'after-call' land in an ordinary run, and what they ask for on the way. */
export const LANDINGS: Readonly<
  Record<'next-lead' | 'after-call', Record<DialMode, { phase: Phase; effects: readonly Effect[] }>>
> = {
  'next-lead': {
    power: { phase: 'dialing', effects: ['look-up-lead', 'place-call'] },
    preview: { phase: 'preview', effects: ['look-up-lead'] },
  },
  'after-call': {
    power: { phase: 'dialing', effects: ['place-call'] },
    preview: { phase: 'preview', effects: [] },
  },
};
