// A labelled file input that hands over the chosen file, and fires again for the same file.

export function FilePicker({ id, label, accept, onFile }: { id: string; label: string; accept: string; onFile: (file: File) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = ''; // choosing the same file again still fires
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
