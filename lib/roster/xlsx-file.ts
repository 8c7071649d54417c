import type ExcelJS from "exceljs";
import { toLocalInput } from "../time.ts";

/** A finished spreadsheet: bytes, the name people see, and an ASCII name for old clients. */
export type XlsxFile = { data: Uint8Array<ArrayBuffer>; fileName: string; asciiFileName: string };

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buffer);
}

/** 2026-11-26 14:05 in Beijing time, for date cells people read rather than compute. */
export function localDateTime(date: Date | null): string {
  return date ? toLocalInput(date).replace("T", " ") : "";
}

/** Characters that do not belong in a file name (path separators, quotes, control characters). */
export function safeFileNamePart(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "").trim() || "社区";
}

/** RFC 5987 / 6266: `filename*` carries the Chinese name, `filename` an ASCII fallback. */
export function contentDisposition(fileName: string, asciiFileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The download response for a route handler; never cached (rosters hold phone numbers). */
export function xlsxResponse(file: XlsxFile): Response {
  return new Response(file.data, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(file.fileName, file.asciiFileName),
      "Content-Length": String(file.data.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
