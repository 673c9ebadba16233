/** A key the rep can press, shown on the control it drives. Hidden from screen readers, which read aria-keyshortcuts. */
export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}
