import { formatPhoneForHumans } from '../../../shared/format/phone';

/** The caller ID a dial presented, small; nothing when the line presented its own. */
export function PresentedCallerId({ number }: { number: string | null }) {
  if (number === null) return null;
  return (
    <span className="presented-caller-id" data-testid="presented-caller-id" title={number}>
      shown as {formatPhoneForHumans(number)}
    </span>
  );
}
