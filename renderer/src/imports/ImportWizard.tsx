import type { Campaign } from '../../../shared/domain/campaign';
import { ErrorText } from '../ui/ErrorText';
import { FileStep } from './FileStep';
import type { TeamDestination } from './use-team-campaign-choices';
import { ImportReportView } from './ImportReportView';
import { MappingReview } from './MappingReview';
import { CommitProgress, UploadProgress } from './ProgressSteps';
import type { ImportWizard as Wizard } from './use-import-wizard';
import { WizardSteps } from './WizardSteps';

interface ImportWizardProps {
  wizard: Wizard;
  campaigns: readonly Campaign[];
  /** A supervisor may import into a team campaign on the hub; a rep is offered no choice. */
  team?: TeamDestination;
  defaultCountry: string | null;
  repTimeZone: string;
  /** Where the rep's app goes next; the supervisor's app has no dialer and no held leads. */
  onReviewHeld?: () => void;
  onOpenDialer?: () => void;
}

/** A lead file into a campaign: file, columns, import, report. */
export function ImportWizard(props: ImportWizardProps) {
  const { wizard, campaigns } = props;
  const { state } = wizard;
  return (
    <section className="panel import-wizard" aria-label="Import leads">
      <WizardSteps state={state} />
      {state.step === 'choose' && (
        <FileStep
          campaigns={campaigns}
          team={props.team ?? null}
          defaultCountry={props.defaultCountry}
          onStart={(file, options) => void wizard.start(file, options)}
        />
      )}
      {state.step === 'uploading' && (
        <UploadProgress
          fileName={state.fileName}
          sentBytes={state.sentBytes}
          totalBytes={state.totalBytes}
          onCancel={() => void wizard.cancel()}
        />
      )}
      {state.step === 'review' && (
        <MappingReview
          preview={state.preview}
          choices={state.choices}
          refusal={state.refusal}
          repTimeZone={props.repTimeZone}
          onChoose={wizard.choose}
          onCommit={() => void wizard.commit()}
          onCancel={() => void wizard.cancel()}
        />
      )}
      {state.step === 'committing' && (
        <CommitProgress
          fileName={state.preview.fileName}
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={() => void wizard.cancel()}
        />
      )}
      {state.step === 'report' && (
        <ImportReportView
          report={state.report}
          lateCancel={state.lateCancel}
          campaignName={
            [...campaigns, ...(props.team?.campaigns ?? [])].find(
              (c) => c.id === state.report.campaignId,
            )?.name ?? state.report.campaignId
          }
          onReviewHeld={props.onReviewHeld}
          onOpenDialer={props.onOpenDialer}
          onImportAnother={wizard.restart}
        />
      )}
      {state.step === 'cancelled' && (
        <Ending
          text={`Import of ${state.fileName} cancelled. Nothing was imported: your leads are as they were.`}
          testId="import-cancelled"
          onRestart={wizard.restart}
        />
      )}
      {state.step === 'failed' && (
        <Ending
          text={`${state.fileName} was not imported. Nothing was saved.`}
          error={state.message}
          testId="import-failed"
          onRestart={wizard.restart}
        />
      )}
    </section>
  );
}

function Ending(props: { text: string; error?: string; testId: string; onRestart: () => void }) {
  return (
    <div className="import-ending" data-testid={props.testId}>
      <p>{props.text}</p>
      <ErrorText message={props.error ?? null} />
      <div className="step-actions">
        <button type="button" className="button button-primary" onClick={props.onRestart}>
          Import a file
        </button>
      </div>
    </div>
  );
}
