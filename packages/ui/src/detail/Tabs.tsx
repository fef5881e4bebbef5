import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  /** Stable id, part of the tab's and panel's element ids. */
  id: string;
  label: string;
  /** Rendered only while the tab is selected. */
  content: ReactNode;
}

export interface TabsProps {
  /** Names the tab list for screen readers, e.g. "Onderdelen van de aanvraag". */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection; leave out with defaultSelectedId for uncontrolled use. */
  selectedId?: string;
  defaultSelectedId?: string;
  onChange?: (id: string) => void;
}

/**
 * WAI-ARIA tabs (automatic activation): one tab stop for the whole list (roving tabindex), arrow keys move between
 * tabs and select them, Home/End jump to the first/last; Tab moves on into the panel.
 */
export function Tabs({ label, tabs, selectedId, defaultSelectedId, onChange }: TabsProps) {
  const baseId = `wp-tabs-${useId()}`;
  const [internalId, setInternalId] = useState(defaultSelectedId ?? tabs[0]?.id);
  const currentId = selectedId ?? internalId;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  function select(id: string, focus: boolean) {
    if (selectedId === undefined) setInternalId(id);
    onChange?.(id);
    if (focus) tabRefs.current.get(id)?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const target = next === undefined ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    select(target.id, true);
  }

  return (
    <div className="wp-tabs">
      <div role="tablist" aria-label={label} className="wp-tabs__list">
        {tabs.map((tab, index) => {
          const selected = tab.id === currentId;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'wp-tabs__tab wp-tabs__tab--selected' : 'wp-tabs__tab'}
              onClick={() => select(tab.id, false)}
              onKeyDown={(event) => handleKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          className="wp-tabs__panel"
          hidden={tab.id !== currentId}
          // Focusable so keyboard users reach panels that start with text rather than a control.
          tabIndex={0}
        >
          {tab.id === currentId ? tab.content : null}
        </div>
      ))}
    </div>
  );
}
