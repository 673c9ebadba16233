/** A field's problem in words, announced as it appears; nothing when there is none. */
export function FieldProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-hint is-bad" role="alert">
      {message}
    </span>
  );
}
