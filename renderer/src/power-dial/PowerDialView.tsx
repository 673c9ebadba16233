import type { AppInfo } from '../../../shared/domain/app-info';
import type { Disposition } from '../../../shared/domain/disposition';
import type { QueueSummary } from '../../../shared/domain/queue';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { KpiSnapshot } from '../../../shared/kpi';
import { LiveRegion } from '../a11y/LiveRegion';
import { useAnnouncement } from '../a11y/use-announcement';
import { CallLog } from '../call-log/CallLog';
import { useAttemptsToday } from '../call-log/use-attempts-today';
import { CallControls } from '../call/CallControls';
import { CallStatus } from '../call/CallStatus';
import { Keypad } from '../call/Keypad';
import { nextStep } from '../call/next-step';
import { PauseMenu } from '../call/PauseMenu';
import { SkipMenu } from '../call/SkipMenu';
import { noteOpen } from '../hotkeys/command-action';
import { outcomeKeyMap } from '../hotkeys/hotkey-map';
import { useHotkeys } from '../hotkeys/use-hotkeys';
import { KpiStrip } from '../kpi/KpiStrip';
import { EmptyLeadCard } from '../lead/EmptyLeadCard';
import { LeadCard } from '../lead/LeadCard';
import { EscalateCall } from '../floor/EscalateCall';
import { CallbackPicker } from '../outcomes/CallbackPicker';
import { NotesBox } from '../outcomes/NotesBox';
import { OutcomeBar } from '../outcomes/OutcomeBar';
import { outcomeLabeler } from '../outcomes/outcome-labels';
import { WrapUpActions } from '../outcomes/WrapUpActions';
import { NextUp } from '../queue/NextUp';
import { ScriptPanel } from '../script/ScriptPanel';
import { useCallScript } from '../script/use-call-script';
import { useSessionIntents } from '../session/use-session-intents';
import { Banners, sessionBanners } from '../ui/Banners';
import { HotkeyLegend } from './HotkeyLegend';
import { leadRole } from './lead-role';
import { usePowerDialController } from './use-power-dial-controller';

interface PowerDialViewProps {
  info: AppInfo;
  session: SessionSnapshot;
  /** The core's clock minus this window's. */
  clockOffset: number;
  dispositions: readonly Disposition[];
  queue: QueueSummary | null;
  kpi: KpiSnapshot | null;
}

/** The rep's screen for hours of dialing: lead, call, script, outcome, numbers; all by key. */
export function PowerDialView(props: PowerDialViewProps) {
  const { info, session, clockOffset, dispositions, queue, kpi } = props;
  const intents = useSessionIntents();
  const labelOf = outcomeLabeler(dispositions);
  const entry = session.offer ?? queue?.next ?? null;
  const lead = entry?.lead ?? null;
  const script = useCallScript(lead, info.repName);
  const callbackZone = lead?.timeZone ?? info.repTimeZone;
  const controller = usePowerDialController({
    session,
    dispositions,
    intents,
    callbackZone,
    clockOffset,
    scriptSectionCount: script.status === 'ready' ? script.script.sections.length : 0,
  });
  useHotkeys(
    {
      outcomeByKey: outcomeKeyMap(dispositions),
      callbackPresetsActive: controller.callbackPresetsActive,
    },
    controller.onCommand,
  );
  const announcement = useAnnouncement(session, labelOf);
  // Attempts change when a call starts, moves on or gets its outcome (or loses it to an undo).
  const attempts = useAttemptsToday(
    `${session.call?.attemptId}|${session.state}|${session.lastOutcome?.attemptId}`,
  );
  const outcomesOpen = session.state === 'connected' || session.state === 'wrap-up';
  const { openPanel } = controller;

  return (
    <div className="power-dial">
      <h1 className="visually-hidden">Power dial</h1>
      <KpiStrip kpi={kpi} />
      <div className="power-dial-grid">
        <div className="column column-lead">
          {entry ? (
            <LeadCard
              entry={entry}
              role={leadRole(session.state, session.offer !== null)}
              clockOffset={clockOffset}
              homeCountry={info.repCountry}
              presentedCallerId={session.call?.presentedCallerId ?? null}
            />
          ) : (
            <EmptyLeadCard queue={queue} repTimeZone={info.repTimeZone} clockOffset={clockOffset} />
          )}
          <NextUp queue={queue} currentLeadId={lead?.id ?? null} />
          <CallLog attempts={attempts} labelOf={labelOf} repTimeZone={info.repTimeZone} />
        </div>
        <div className="column column-call">
          <section className="panel call-panel" aria-label="Call">
            <CallStatus session={session} clockOffset={clockOffset} />
            <CallControls
              session={session}
              keypadOpen={openPanel === 'keypad'}
              onCommand={controller.onCommand}
            />
            <div className="hint-line">
              <p className="hint" role="status">
                {controller.hint}
              </p>
              {!controller.hint && (
                <p className="next-step">{nextStep(session, controller.callbackTimeMissing)}</p>
              )}
            </div>
            <Banners
              messages={sessionBanners(session.lastError, intents.refusal, session.notice)}
            />
            {openPanel === 'pause' && (
              <PauseMenu
                afterCall={session.state !== 'idle' && session.state !== 'preview'}
                onPause={controller.pause}
                onClose={controller.closePanel}
              />
            )}
            {openPanel === 'skip' && (
              <SkipMenu onSkip={controller.skip} onClose={controller.closePanel} />
            )}
            {openPanel === 'keypad' && (
              <Keypad onDigit={controller.sendDigit} onClose={controller.closePanel} />
            )}
          </section>
          <ScriptPanel
            script={script}
            sectionIndex={controller.sectionIndex}
            onSelectSection={controller.selectSection}
          />
        </div>
        <div className="column column-outcome">
          <OutcomeBar
            dispositions={dispositions}
            draft={session.draft}
            open={outcomesOpen}
            labelOf={labelOf}
            onChoose={(code) => controller.onCommand({ kind: 'choose-outcome', code })}
          />
          {controller.callbackPresetsActive && (
            <CallbackPicker
              callbackAt={session.draft?.callbackAt ?? null}
              clocks={{
                zone: callbackZone,
                zoneIsLead: Boolean(lead?.timeZone),
                repZone: info.repTimeZone,
              }}
              clockOffset={clockOffset}
              pickerRef={controller.callbackPickerRef}
              onSet={controller.setCallbackAt}
            />
          )}
          <section className="panel wrap-up-panel" aria-label="Note and save">
            <NotesBox
              key={session.call?.attemptId ?? 'no-call'}
              initialNote={session.draft?.note ?? ''}
              open={noteOpen(session)}
              textareaRef={controller.notesRef}
              onSend={controller.setNote}
              onConfirm={() => controller.onCommand({ kind: 'confirm' })}
            />
            <WrapUpActions
              session={session}
              labelOf={labelOf}
              callbackTimeMissing={controller.callbackTimeMissing}
              onCommand={controller.onCommand}
            />
          </section>
        </div>
      </div>
      <HotkeyLegend session={session}>
        <EscalateCall session={session} />
      </HotkeyLegend>
      <LiveRegion message={announcement} />
    </div>
  );
}
