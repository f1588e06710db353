import { useMemo, useState, type ReactNode } from 'react';
import { ConfirmDialog, PromptDialog } from '../shell/modal-dialog';
import type {
  DraftQuestions,
  TextQuestion,
  YesNoQuestion,
} from './draft-questions';

type OpenQuestion =
  | { kind: 'text'; question: TextQuestion; answer(value?: string): void }
  | { kind: 'confirm'; question: YesNoQuestion; answer(yes: boolean): void };

/**
 * Call once in a page: gives the `DraftQuestions` its actions receive, and
 * the dialog to render while one of them is waiting for an answer.
 */
export function useQuestionDialogs(): [DraftQuestions, ReactNode] {
  const [open, setOpen] = useState<OpenQuestion>();

  const ask = useMemo<DraftQuestions>(
    () => ({
      text: (question) =>
        new Promise((resolve) => {
          setOpen({ kind: 'text', question, answer: resolve });
        }),
      confirm: (question) =>
        new Promise((resolve) => {
          setOpen({ kind: 'confirm', question, answer: resolve });
        }),
    }),
    [],
  );

  return [ask, open && <QuestionDialog open={open} onClose={setOpen} />];
}

function QuestionDialog(props: {
  open: OpenQuestion;
  onClose(open: undefined): void;
}) {
  const { open } = props;
  const close = () => props.onClose(undefined);

  if (open.kind === 'confirm') {
    const { question } = open;
    const answer = (yes: boolean) => () => {
      close();
      open.answer(yes);
    };

    return (
      <ConfirmDialog
        title={question.title}
        confirmLabel={question.confirmLabel}
        cancelLabel={question.cancelLabel}
        onConfirm={answer(true)}
        onCancel={answer(false)}
      >
        <p>{question.text}</p>
      </ConfirmDialog>
    );
  }
  const answer = (value?: string) => {
    close();
    open.answer(value);
  };

  return (
    <PromptDialog
      {...open.question}
      onConfirm={answer}
      onCancel={() => answer(undefined)}
    />
  );
}
