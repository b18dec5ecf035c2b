// A question the user answers before something is lost: the action, or Cancel.

export function ConfirmBar({
  text,
  action,
  onConfirm,
  onCancel,
}: {
  text: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="confirm-bar" role="alertdialog" aria-label={action}>
      <span>{text}</span>
      <button type="button" class="danger" onClick={onConfirm}>
        {action}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
