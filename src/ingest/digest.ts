import { createHash } from 'node:crypto';

/**
 * SHA-1 (hex) of an input's bytes: what names its token cache file, so the
 * CLI can tell whether jieba will be needed from the file alone, before
 * anything is decoded or repaired.
 */
export function bytesDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
