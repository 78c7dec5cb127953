import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ActorRef } from '../../domain/actor';
import type { Column } from '../../domain/column';
import type { Recommendation } from '../../domain/recommendation';
import { STAGE_IDS } from '../../domain/taxonomy';
import type { Workshop } from '../../domain/workshop';
import { ActorCombobox } from './actor-combobox';
import { DueDateField } from './due-date-field';
import { isTypingTarget } from './is-typing-target';
import { NoteField } from './note-field';
import styles from './triage.module.css';
import { TriageCardFacts } from './triage-card-facts';
import { TriageChoices } from './triage-choices';
import { type TriageCommand, type TriageKeyMode, triageCommandFor } from './triage-keys';
import { TriageNav } from './triage-nav';
import type { TriageRequest } from './use-triage-actions';

export interface TriageCardScreenProps {
  card: Recommendation;
  columns: readonly Column[];
  actors: readonly ActorRef[];
  workshop: Workshop | undefined;
  lead: ActorRef | undefined;
  actionItemCount: number;
  /** 0-based position of the card in the session, and the session's length. */
  index: number;
  total: number;
  decide: (request: TriageRequest) => void;
  onNavigate: (command: 'next' | 'previous' | 'skip' | 'finish') => void;
}

/** Keys that belong to a focused button or link: Space and Enter press it. */
function pressesControl(event: KeyboardEvent): boolean {
  const onControl =
    event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
  return onControl && (event.key === ' ' || event.key === 'Enter');
}

/** One card, its choices and its fields; every single key listed on screen works here. */
export function TriageCardScreen(props: TriageCardScreenProps) {
  const { card, columns, decide, onNavigate } = props;
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const leadRef = useRef<HTMLInputElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<TriageKeyMode>('card');
  const backToCard = () => rootRef.current?.focus();

  // Each new card starts with the keys ready: the focus on the screen, digits for columns.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per card, by its id
  useEffect(() => {
    setMode('card');
    rootRef.current?.focus();
  }, [card.id]);

  const run = (command: TriageCommand) => {
    switch (command.kind) {
      case 'response':
        return decide({ kind: 'response', response: command.response });
      case 'column': {
        const column = columns[command.index];
        return column && decide({ kind: 'column', columnId: column.id });
      }
      case 'stage': {
        const stageId = STAGE_IDS[command.index];
        setMode('card');
        return stageId && decide({ kind: 'stage', stageId });
      }
      case 'stage_mode':
        return setMode((current) => (current === 'stage' ? 'card' : 'stage'));
      case 'field': {
        const ref = { lead: leadRef, due: dueRef, note: noteRef }[command.field];
        return ref.current?.focus();
      }
      default:
        return onNavigate(command.kind);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isTypingTarget(event.target) || pressesControl(event)) return;
    if (event.key === 'Escape' && mode === 'stage') {
      // Not the dialog's Escape: it only leaves the stage choice.
      event.preventDefault();
      setMode('card');
      return;
    }
    const command = triageCommandFor(event, mode);
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  return (
    <section
      ref={rootRef}
      className={styles.screen}
      tabIndex={-1}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <TriageCardFacts
        card={card}
        headingId={headingId}
        workshop={props.workshop}
        column={columns.find((column) => column.id === card.columnId)}
        lead={props.lead}
        actionItemCount={props.actionItemCount}
      />
      <div className={styles.controls}>
        <TriageChoices card={card} columns={columns} mode={mode} decide={decide} />
        <ActorCombobox
          actors={props.actors}
          inputRef={leadRef}
          onPick={(actorId) => {
            decide({ kind: 'lead_actor', actorId });
            backToCard();
          }}
          onLeave={backToCard}
        />
        <DueDateField
          key={card.id}
          value={card.dueDate}
          inputRef={dueRef}
          onCommit={(date) => decide({ kind: 'due_date', date })}
          onLeave={backToCard}
        />
        <NoteField
          key={card.id}
          inputRef={noteRef}
          onAdd={(text) => decide({ kind: 'note', text })}
          onLeave={backToCard}
        />
      </div>
      <TriageNav index={props.index} total={props.total} onNavigate={onNavigate} />
    </section>
  );
}
