// Saving a file the background made (a calendar file, a backup, a CSV) from an extension
// page, without the downloads permission: a Blob URL on a temporary <a download>.
export function downloadText(file: { fileName: string; mimeType: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chrome reads the blob asynchronously after click(); revoke once it has had the chance.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
