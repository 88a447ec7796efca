/** Offers text to the browser as a download; nothing leaves the device. */
export function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the link goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
