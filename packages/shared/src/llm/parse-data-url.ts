/** A `data:<mime>;base64,<data>` URL split into its parts; `undefined` for any other URL. */
export type DataUrl = { mimeType: string; data: string };

const DATA_URL = /^data:([^;,]+)(?:;[^;,]*)*;base64,(.*)$/s;

export function parseDataUrl(url: string): DataUrl | undefined {
  const match = DATA_URL.exec(url);
  const mimeType = match?.[1];
  const data = match?.[2];
  return mimeType === undefined || data === undefined ? undefined : { mimeType, data };
}

/** The inverse of `parseDataUrl`. */
export const toDataUrl = ({ mimeType, data }: DataUrl): string => `data:${mimeType};base64,${data}`;
