/**
 * The server's allow-list for bewijsstukken (services/inspection/src/evidence/file-check.ts): the same types,
 * extensions and 600 KiB limit, checked here first so the inspector hears it before uploading. The server checks
 * again, also the content's magic bytes.
 */
export const MAX_EVIDENCE_BYTES = 600 * 1024;

interface AllowedType {
  mediaType: string;
  label: string;
}

// By extension: browsers report docx, xlsx and csv with differing (or empty) types, so the name decides the type.
export const allowedExtensions: Record<string, AllowedType> = {
  pdf: { mediaType: 'application/pdf', label: 'PDF' },
  jpg: { mediaType: 'image/jpeg', label: 'JPEG' },
  jpeg: { mediaType: 'image/jpeg', label: 'JPEG' },
  png: { mediaType: 'image/png', label: 'PNG' },
  txt: { mediaType: 'text/plain', label: 'tekst' },
  csv: { mediaType: 'text/csv', label: 'CSV' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (.docx)' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (.xlsx)' },
};

/** For the file input's accept attribute. */
export const acceptAttribute = Object.keys(allowedExtensions)
  .map((extension) => `.${extension}`)
  .join(',');

export const allowedTypesText = 'PDF, JPEG, PNG, tekst (.txt), CSV, Word (.docx) of Excel (.xlsx)';

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The Dutch reason a file cannot be uploaded, or undefined when it may. */
export function evidenceFileProblem(file: { name: string; size: number }): string | undefined {
  if (!allowedExtensions[extensionOf(file.name)]) return `Kies een bestand van een toegelaten soort: ${allowedTypesText}.`;
  if (file.name.length > 200) return 'De bestandsnaam is te lang (hoogstens 200 tekens).';
  if (file.size === 0) return 'Het bestand is leeg.';
  if (file.size > MAX_EVIDENCE_BYTES) return `Het bestand is ${formatSize(file.size)}; een bewijsstuk is hoogstens 600 kB (600 KiB).`;
  return undefined;
}

export function mediaTypeOf(fileName: string): string {
  return allowedExtensions[extensionOf(fileName)]?.mediaType ?? 'application/octet-stream';
}

const sizeFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} kB`;
  return `${sizeFormat.format(bytes / 1024 / 1024)} MB`;
}

/** The file's content as strict base64 (what uploadEvidence takes). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('Het bestand kon niet gelezen worden.'));
    reader.readAsDataURL(file);
  });
}

/** Saves downloaded content under its name (an object URL and a temporary link; no new window). */
export function saveBase64(fileName: string, mediaType: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click was handled, not during it.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
