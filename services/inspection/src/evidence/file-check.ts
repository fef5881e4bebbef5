import { createHash } from 'node:crypto';
import { badUserInput } from '@werkplek/subgraph-kit';

/*
 * An uploaded bewijsstuk is checked before it is stored: its declared type must be on the allow-list, its content must
 * start like that type (a renamed executable does not), its name must be a plain file name whose extension agrees
 * with the type. The size limit keeps a request under the gateway's 1 MB body limit once base64-encoded.
 */

export const MAX_EVIDENCE_BYTES = 600 * 1024;
const MAX_BASE64_LENGTH = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Control characters, and the bidirectional overrides that make "factuur‮fdp.exe" look like a PDF. */
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const startsWith = (content: Buffer, signature: readonly number[]) =>
  content.length >= signature.length && signature.every((byte, index) => content[index] === byte);

const PDF = [...Buffer.from('%PDF-', 'ascii')];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function isPlainText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

interface AllowedType {
  extensions: readonly string[];
  /** How the type is called in messages. */
  label: string;
  matches(content: Buffer): boolean;
}

export const allowedMediaTypes: Record<string, AllowedType> = {
  'application/pdf': { extensions: ['pdf'], label: 'PDF', matches: (content) => startsWith(content, PDF) },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG', matches: (content) => startsWith(content, JPEG) },
  'image/png': { extensions: ['png'], label: 'PNG', matches: (content) => startsWith(content, PNG) },
  'text/plain': { extensions: ['txt'], label: 'tekst (UTF-8)', matches: isPlainText },
  'text/csv': { extensions: ['csv'], label: 'CSV (UTF-8)', matches: isPlainText },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    label: 'Word (.docx)',
    matches: (content) => startsWith(content, ZIP),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    label: 'Excel (.xlsx)',
    matches: (content) => startsWith(content, ZIP),
  },
};

export interface CheckedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

export function checkEvidenceFile(input: { fileName: string; mediaType: string; contentBase64: string }): CheckedFile {
  const mediaType = input.mediaType.trim().toLowerCase();
  const type = allowedMediaTypes[mediaType];
  if (!type) {
    throw badUserInput(
      `mediaType: alleen ${Object.values(allowedMediaTypes).map((allowed) => allowed.label).join(', ')}`,
      `mediaType: only ${Object.keys(allowedMediaTypes).join(', ')}`,
      { field: 'mediaType' },
    );
  }

  const fileName = input.fileName.normalize('NFC');
  if (
    fileName.length < 1 ||
    fileName.length > 200 ||
    fileName.trim() !== fileName ||
    /[/\\]/.test(fileName) ||
    UNSAFE_NAME_CHARACTERS.test(fileName) ||
    /^\.+$/.test(fileName)
  ) {
    throw badUserInput(
      'fileName: 1 tot 200 tekens, zonder map, stuurtekens of spaties vooraan of achteraan',
      'fileName: 1 to 200 characters, without folders, control characters or surrounding spaces',
      { field: 'fileName' },
    );
  }
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (!type.extensions.includes(extension)) {
    throw badUserInput(
      `fileName: een ${type.label}-bestand eindigt op .${type.extensions.join(' of .')}`,
      `fileName: a ${mediaType} file ends in .${type.extensions.join(' or .')}`,
      { field: 'fileName' },
    );
  }

  const encoded = input.contentBase64;
  // Checked on the encoded length first, so an oversized upload is refused before anything is decoded.
  if (encoded.length > MAX_BASE64_LENGTH) {
    throw badUserInput('contentBase64: het bestand is groter dan 600 KiB', 'contentBase64: the file is larger than 600 KiB', {
      field: 'contentBase64',
      maxBytes: MAX_EVIDENCE_BYTES,
    });
  }
  // Node's decoder skips what it does not understand; strict base64 is checked here, and by encoding it back
  // (which also refuses non-zero padding bits), so the stored bytes are exactly what the client sent.
  const content = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : null;
  if (!content || content.toString('base64') !== encoded) {
    throw badUserInput('contentBase64: geen geldige base64', 'contentBase64: not valid base64', { field: 'contentBase64' });
  }
  if (content.length < 1 || content.length > MAX_EVIDENCE_BYTES) {
    throw badUserInput('contentBase64: 1 byte tot 600 KiB', 'contentBase64: 1 byte to 600 KiB', { field: 'contentBase64', maxBytes: MAX_EVIDENCE_BYTES });
  }
  if (!type.matches(content)) {
    throw badUserInput(
      `contentBase64: de inhoud is geen ${type.label}`,
      `contentBase64: the content is not ${mediaType}`,
      { field: 'contentBase64' },
    );
  }
  return { fileName, mediaType, content, sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}
