import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useStrings } from '../i18n/strings';
import './modal-dialog.css';

interface ModalFrameProps {
  title: string;
  confirmLabel: string;
  cancelLabel?: string;
  children: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Opens the native `<dialog>` as a modal, which traps focus and closes on
 * Escape without any library, and gives focus back to whatever opened it.
 */
function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    if (element && !element.open) element.showModal();
    // React's own autoFocus fires while the dialog is still hidden, so the
    // element marked for focus gets it here, once the dialog is shown.
    const first = element?.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();

    return () => {
      element?.close();
      // React removes the dialog before this runs, so the browser's own
      // focus return does not happen.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return dialog;
}

/** The shared frame: title, body and the two buttons, as one form. */
function ModalFrame(props: ModalFrameProps & { autoFocusConfirm: boolean }) {
  const dialog = useModal();
  const titleId = useId();
  const text = useStrings().shell;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <div className="modal-dialog-actions">
          <button type="button" className="secondary" onClick={props.onCancel}>
            {props.cancelLabel ?? text.cancel}
          </button>
          <button
            type="submit"
            data-autofocus={props.autoFocusConfirm || undefined}
          >
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A yes/no question; the confirm button has focus when it opens. */
export function ConfirmDialog(props: ModalFrameProps) {
  return <ModalFrame {...props} autoFocusConfirm />;
}

interface PromptDialogProps {
  title: string;
  label: string;
  initialValue: string;
  confirmLabel: string;
  /** Says what is wrong with `value`, or nothing when it may be confirmed. */
  check?(value: string): string | undefined;
  onConfirm(value: string): void;
  onCancel(): void;
}

/**
 * A question answered in a labelled text box. Enter confirms, Escape or
 * "Hủy" cancels; the box opens focused with its text selected.
 */
export function PromptDialog(props: PromptDialogProps) {
  const [value, setValue] = useState(props.initialValue);
  const [error, setError] = useState<string>();
  const box = useRef<HTMLInputElement>(null);
  const boxId = useId();
  const errorId = useId();

  const confirm = () => {
    const problem = props.check?.(value);
    setError(problem);
    if (problem) box.current?.focus();
    else props.onConfirm(value);
  };

  return (
    <ModalFrame
      title={props.title}
      confirmLabel={props.confirmLabel}
      onConfirm={confirm}
      onCancel={props.onCancel}
      autoFocusConfirm={false}
    >
      <label htmlFor={boxId}>{props.label}</label>
      <input
        ref={box}
        id={boxId}
        type="text"
        data-autofocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      {error && (
        <p id={errorId} className="modal-dialog-error" role="alert">
          {error}
        </p>
      )}
    </ModalFrame>
  );
}
