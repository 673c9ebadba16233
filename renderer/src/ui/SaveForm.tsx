import type { FormHTMLAttributes } from 'react';

interface SaveFormProps extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'noValidate'
> {
  /** Runs on submit: the save button, or Enter in a field. */
  onSave: () => unknown;
}

/**
 * A form that saves on submit. Its fields' problems are shown in words beside them, not as the
 * browser's bubbles, so the browser does not validate it.
 */
export function SaveForm({ onSave, children, ...attributes }: SaveFormProps) {
  return (
    <form
      noValidate
      {...attributes}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
    >
      {children}
    </form>
  );
}
