import { useEffect, useRef, type ReactNode } from 'react';
import { useStrings } from '../i18n/strings';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question using the native `<dialog>`, which traps focus and
 * closes on Escape without any library.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { onCancel } = props;
  const text = useStrings().submit;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();

    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="submit-dialog"
      aria-labelledby="submit-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="submit-dialog-title">{props.title}</h2>
      {props.children}
      <div className="submit-dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {text.back}
        </button>
        <button type="button" onClick={props.onConfirm} autoFocus>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
