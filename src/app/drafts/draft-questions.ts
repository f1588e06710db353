/** A question answered by typing, such as a new name or a year. */
export interface TextQuestion {
  title: string;
  label: string;
  initialValue: string;
  confirmLabel: string;
  /** What is wrong with an answer, shown under the box; nothing if fine. */
  check?(value: string): string | undefined;
}

/** A yes/no question with its own words on both buttons. */
export interface YesNoQuestion {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
}

/**
 * How a drafts action asks the person something. The page answers with
 * in-page dialogs; `undefined` and `false` mean the person cancelled.
 */
export interface DraftQuestions {
  text(question: TextQuestion): Promise<string | undefined>;
  confirm(question: YesNoQuestion): Promise<boolean>;
}
