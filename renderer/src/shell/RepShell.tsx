import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import type { Disposition } from '../../../shared/domain/disposition';
import type { QueueSummary } from '../../../shared/domain/queue';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { KpiSnapshot } from '../../../shared/kpi';
import { AppFrame } from '../app/AppFrame';
import { getBridge } from '../bridge/get-bridge';
import { CallPill } from '../call/CallPill';
import { DueCallbackBanners } from '../callbacks/DueCallbackBanners';
import { useDueReminders } from '../callbacks/use-due-reminders';
import { useImportWizard } from '../imports/use-import-wizard';
import type { LeadsSection } from '../leads/LeadsScreen';
import { PowerDialView } from '../power-dial/PowerDialView';
import { isMacPlatform } from './platform';
import { ScreenNav } from './ScreenNav';
import { OtherScreen } from './OtherScreen';
import type { OpenScreen } from './open-screen';

export type { OpenScreen } from './open-screen';
import { ScreenSlot } from './ScreenSlot';
import { DEFAULT_SCREEN, type ScreenId } from './screens';
import { useLiveRepInfo } from './use-live-rep-info';
import { useScreenShortcuts } from './use-screen-shortcuts';
import { useSearchShortcut } from './use-search-shortcut';
import { LeaveUnsavedDialog } from './LeaveUnsavedDialog';
import { UnsavedChanges, UnsavedChangesContext, type UnsavedForm } from './unsaved-changes';
import { useWarnBeforeUnload } from './use-warn-before-unload';

interface RepShellProps {
  info: AppInfo;
  session: SessionSnapshot;
  clockOffset: number;
  dispositions: readonly Disposition[];
  queue: QueueSummary | null;
  kpi: KpiSnapshot | null;
  /** The queue count and the KPI numbers have arrived: the first screen shows its data. */
  firstDataShown: boolean;
}

const IS_MAC = isMacPlatform();

/**
 * The rep's app: the dialer and the screens around it. Only the dialer listens for the dialer's
 * keys (it is mounted only while open); the session lives in the main process, so changing screen
 * never touches a call.
 */
export function RepShell(props: RepShellProps) {
  const { session, clockOffset } = props;
  const info = useLiveRepInfo(props.info);
  const [screen, setScreen] = useState<OpenScreen>({ id: DEFAULT_SCREEN });
  const [opened, setOpened] = useState<ReadonlyArray<Exclude<ScreenId, 'dial'>>>([]);
  const [callbackLeadId, setCallbackLeadId] = useState<number | null>(null);
  const { reminders, dismiss } = useDueReminders();
  const wizard = useImportWizard();
  const [leadsSection, setLeadsSection] = useState<LeadsSection>('find');
  const [searchFocus, setSearchFocus] = useState(0);

  const [unsaved] = useState(() => new UnsavedChanges());
  const [leaving, setLeaving] = useState<{ next: OpenScreen; forms: UnsavedForm[] } | null>(null);
  useWarnBeforeUnload(unsaved);

  const open = (next: OpenScreen) => {
    const forms = next.id === screen.id ? [] : unsaved.list();
    if (forms.length > 0) return setLeaving({ next, forms });
    go(next);
  };

  const go = (next: OpenScreen) => {
    // A field being typed in hands over what it holds (the call's note) before it unmounts.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    setScreen(next);
    const { id } = next;
    if (id !== 'dial' && !opened.includes(id)) setOpened([...opened, id]);
    if (id === 'callbacks' && next.leadId !== undefined) setCallbackLeadId(next.leadId);
  };
  useScreenShortcuts(IS_MAC, (id) => open({ id }));
  useSearchShortcut(() => {
    open({ id: 'leads' });
    setLeadsSection('find');
    setSearchFocus((count) => count + 1);
  });

  const canDialNow = canDialPickedLead(session);
  const dialLead = (leadId: number) => {
    dismiss(leadId);
    // The call comes first: an unsaved form stays as it is on its (hidden) screen.
    go({ id: 'dial' });
    // A lead that cannot be dialed shows on the dialer as the session's last error or notice.
    void getBridge().session.dialLead(leadId);
  };

  return (
    <AppFrame
      state={props.firstDataShown ? 'ready' : 'loading'}
      info={info}
      nav={
        <ScreenNav
          current={screen.id}
          isMac={IS_MAC}
          badges={{
            leads: { count: props.queue?.held ?? 0, label: 'held for review' },
            callbacks: { count: reminders.length, label: 'coming due' },
          }}
          onOpen={(id) => open({ id })}
        />
      }
      status={
        screen.id === 'dial' ? null : (
          <CallPill
            session={session}
            clockOffset={clockOffset}
            onOpenDialer={() => open({ id: 'dial' })}
          />
        )
      }
    >
      <DueCallbackBanners
        reminders={reminders}
        repTimeZone={info.repTimeZone}
        clockOffset={clockOffset}
        canDialNow={canDialNow}
        onDialNow={(reminder) => dialLead(reminder.leadId)}
        onOpen={(reminder) => open({ id: 'callbacks', leadId: reminder.leadId })}
        onDismiss={dismiss}
      />
      {leaving && (
        <LeaveUnsavedDialog
          forms={leaving.forms}
          onStay={() => setLeaving(null)}
          onLeave={() => {
            leaving.forms.forEach((form) => form.discard());
            setLeaving(null);
            go(leaving.next);
          }}
        />
      )}
      {/* Mounted only while on view: its keys must not work anywhere else. */}
      {screen.id === 'dial' && <PowerDialView {...props} info={info} />}
      <UnsavedChangesContext.Provider value={unsaved}>
        {opened.map((id) => (
          <ScreenSlot key={id} active={screen.id === id}>
            <OtherScreen
              id={id}
              callbackLeadId={callbackLeadId}
              info={info}
              clockOffset={clockOffset}
              wizard={wizard}
              leadsSection={leadsSection}
              searchFocus={searchFocus}
              onLeadsSection={setLeadsSection}
              onOpen={open}
              canDialLead={canDialNow}
              onDialLead={dialLead}
            />
          </ScreenSlot>
        ))}
      </UnsavedChangesContext.Provider>
    </AppFrame>
  );
}

/** Between calls: idle, a lead in preview, or a pause with no call waiting for its outcome. */
function canDialPickedLead(session: SessionSnapshot): boolean {
  if (session.state === 'idle' || session.state === 'preview') return true;
  return session.state === 'paused' && session.call === null;
}
