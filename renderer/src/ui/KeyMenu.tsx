import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Kbd } from './Kbd';

export interface KeyMenuItem<T> {
  value: T;
  label: string;
}

interface KeyMenuProps<T> {
  label: string;
  items: ReadonlyArray<KeyMenuItem<T>>;
  onPick: (value: T) => void;
  onClose: () => void;
}

/**
 * A small menu opened by a hotkey: item n is picked with key n, arrows move, Esc closes. Keys
 * pressed inside it never reach the view's hotkeys. Focus returns where it was when it closes.
 */
export function KeyMenu<T>({ label, items, onPick, onClose }: KeyMenuProps<T>) {
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnTo = document.activeElement;
    menu.current?.querySelector('button')?.focus();
    return () => {
      // Unless the rep already moved on to something else (a click outside closed the menu).
      const focusWasLost =
        document.activeElement === null || document.activeElement === document.body;
      if (focusWasLost && returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(menu.current, event.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    const index = Number(event.key) - 1;
    const item = Number.isInteger(index) ? items[index] : undefined;
    if (item && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onPick(item.value);
    }
  };

  return (
    <div
      ref={menu}
      className="key-menu"
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget)) onClose();
      }}
    >
      <div className="key-menu-title" aria-hidden="true">
        {label}
      </div>
      {items.map((item, index) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className="key-menu-item"
          aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
          onClick={() => onPick(item.value)}
        >
          {index < 9 && <Kbd>{String(index + 1)}</Kbd>}
          {item.label}
        </button>
      ))}
    </div>
  );
}

function moveFocus(menu: HTMLElement | null, step: number): void {
  if (!menu) return;
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = items[(current + step + items.length) % items.length];
  next?.focus();
}
