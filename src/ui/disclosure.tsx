import { type ReactNode, useState } from 'react';

interface DisclosureProps {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string | undefined;
  bodyClassName?: string | undefined;
}

/**
 * A native <details> whose content is rendered only once opened: long pickers (dozens of
 * checkboxes) then cost nothing when a dialog opens, which keeps opening it fast.
 */
export function Disclosure({
  summary,
  children,
  defaultOpen = false,
  className,
  bodyClassName,
}: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className={className}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && <div className={bodyClassName}>{children}</div>}
    </details>
  );
}
