import { readFileSync } from "node:fs";
import path from "node:path";
import { letterQrPng } from "./letter-qr.ts";
import { chineseDay, formatHours } from "./letter-rules.ts";
import { letterDocText } from "./letter-text.ts";
import type { LetterView } from "./letter-view.ts";

/*
 * The PDF of a letter, drawn with pdfkit and a CJK TrueType font from npm (see decision 005):
 * no browser, no system fonts. pdfkit embeds only the glyphs used, so a letter is ~100 kB.
 *
 * pdfkit is loaded at run time with a native import that the bundler leaves alone
 * (`webpackIgnore`, honoured by Turbopack too): bundling it would break its font data files.
 */

const PDFKIT = "pdfkit";
const FONT_PACKAGE = "@expo-google-fonts/noto-serif-sc";
const FONT_FILES = { regular: "400Regular/NotoSerifSC_400Regular.ttf", bold: "700Bold/NotoSerifSC_700Bold.ttf" } as const;

const RED = "#b91c1c";
const TEXT = "#111111";
const GRID = "#444444";
/** 20 mm, as in the print view's `@page` */
const MARGIN = (20 / 25.4) * 72;

type TextOptions = {
  width?: number;
  align?: "left" | "center" | "right" | "justify";
  lineGap?: number;
  indent?: number;
  characterSpacing?: number;
  paragraphGap?: number;
};

/** The part of pdfkit's PDFDocument used here (pdfkit ships no types of its own). */
export interface PdfDoc {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  x: number;
  y: number;
  registerFont(name: string, src: Buffer): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  fillColor(color: string): PdfDoc;
  strokeColor(color: string): PdfDoc;
  lineWidth(width: number): PdfDoc;
  moveTo(x: number, y: number): PdfDoc;
  lineTo(x: number, y: number): PdfDoc;
  stroke(): PdfDoc;
  rect(x: number, y: number, width: number, height: number): PdfDoc;
  fill(color?: string): PdfDoc;
  text(text: string, x?: number, y?: number, options?: TextOptions): PdfDoc;
  heightOfString(text: string, options?: TextOptions): number;
  image(src: Buffer, x: number, y: number, options?: { width?: number; height?: number }): PdfDoc;
  addPage(): PdfDoc;
  on(event: "data", listener: (chunk: Buffer) => void): PdfDoc;
  on(event: "end", listener: () => void): PdfDoc;
  on(event: "error", listener: (error: unknown) => void): PdfDoc;
  end(): void;
}

type PdfDocConstructor = new (options: {
  size: string;
  margins: { top: number; bottom: number; left: number; right: number };
  info?: Record<string, string>;
  autoFirstPage?: boolean;
  bufferPages?: boolean;
}) => PdfDoc;

function packagePath(...parts: string[]) {
  return path.join(process.cwd(), "node_modules", ...parts);
}

/** Which of the PDF packages are missing (empty when PDFs can be made). */
let cached: Promise<{ PDFDocument: PdfDocConstructor; regular: Buffer; bold: Buffer }> | undefined;

export function loadPdfTools() {
  return loadTools();
}

function loadTools() {
  cached ??= (async () => {
    const specifier: string = PDFKIT;
    const mod = (await import(/* webpackIgnore: true */ specifier)) as { default?: PdfDocConstructor } & PdfDocConstructor;
    return {
      PDFDocument: mod.default ?? mod,
      regular: readFileSync(packagePath(FONT_PACKAGE, FONT_FILES.regular)),
      bold: readFileSync(packagePath(FONT_PACKAGE, FONT_FILES.bold)),
    };
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

type Layout = { left: number; right: number; width: number; bottom: number };

function layoutOf(doc: PdfDoc): Layout {
  const { width, height, margins } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    width: width - margins.left - margins.right,
    bottom: height - margins.bottom,
  };
}

/** Starts a new page when `height` no longer fits below the cursor. */
function ensureRoom(doc: PdfDoc, height: number) {
  if (doc.y + height > layoutOf(doc).bottom) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
}

function paragraph(doc: PdfDoc, text: string, options: { size?: number; indent?: boolean; gapAfter?: number } = {}) {
  const { left, width } = layoutOf(doc);
  const size = options.size ?? 12;
  doc.font("serif").fontSize(size).fillColor(TEXT);
  const textOptions: TextOptions = { width, lineGap: size * 0.6, indent: options.indent === false ? 0 : size * 2, align: "left" };
  ensureRoom(doc, Math.min(doc.heightOfString(text, textOptions), size * 3));
  doc.text(text, left, doc.y, textOptions);
  doc.y += options.gapAfter ?? size * 0.5;
}

const COLUMNS = [
  { key: "colNo", share: 0.08, align: "center" },
  { key: "colDate", share: 0.22, align: "center" },
  { key: "colTitle", share: 0.38, align: "left" },
  { key: "colCategory", share: 0.16, align: "center" },
  { key: "colHours", share: 0.16, align: "right" },
] as const;

function servicesTable(doc: PdfDoc, letter: LetterView, t: ReturnType<typeof letterDocText>) {
  const { left, width } = layoutOf(doc);
  const widths = COLUMNS.map((c) => c.share * width);
  const pad = 4;
  const size = 10.5;
  const row = (cells: string[], bold = false) => {
    doc
      .font(bold ? "serif-bold" : "serif")
      .fontSize(size)
      .fillColor(TEXT);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * pad, lineGap: 2 }))) + 2 * pad;
    return {
      height,
      draw(top: number) {
        let x = left;
        cells.forEach((cell, i) => {
          doc.text(cell, x + pad, top + pad, { width: widths[i] - 2 * pad, align: COLUMNS[i].align, lineGap: 2 });
          x += widths[i];
        });
        doc.strokeColor(GRID).lineWidth(0.5);
        doc
          .moveTo(left, top + height)
          .lineTo(left + width, top + height)
          .stroke();
        let edge = left;
        doc
          .moveTo(edge, top)
          .lineTo(edge, top + height)
          .stroke();
        for (const w of widths) {
          edge += w;
          doc
            .moveTo(edge, top)
            .lineTo(edge, top + height)
            .stroke();
        }
      },
    };
  };
  const header = row(
    COLUMNS.map((c) => t(c.key)),
    true,
  );
  const drawHeader = () => {
    doc.strokeColor(GRID).lineWidth(0.5);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .stroke();
    const top = doc.y;
    header.draw(top);
    doc.y = top + header.height;
  };
  ensureRoom(doc, header.height * 2);
  drawHeader();
  const rows = letter.services.map((s, i) => [String(i + 1), chineseDay(s.date), s.title, s.category, formatHours(s.hours)]);
  rows.push([t("total"), "", "", t("totalCount", { count: letter.activityCount }), formatHours(letter.totalHours)]);
  rows.forEach((cells, i) => {
    const r = row(cells, i === rows.length - 1);
    if (doc.y + r.height > layoutOf(doc).bottom) {
      doc.addPage();
      doc.y = doc.page.margins.top;
      drawHeader();
    }
    const top = doc.y;
    r.draw(top);
    doc.y = top + r.height;
  });
  doc.y += 12;
}

async function drawLetter(doc: PdfDoc, letter: LetterView, verifyUrl: string) {
  const t = letterDocText();
  const { left, right, width } = layoutOf(doc);
  doc.y = doc.page.margins.top;

  // red header: the community's party organization, then a thick and a thin red rule
  doc
    .font("serif-bold")
    .fontSize(24)
    .fillColor(RED)
    .text(letter.partyOrg, left, doc.y, { width, align: "center", characterSpacing: 2 });
  doc.y += 6;
  doc.strokeColor(RED).lineWidth(2.2).moveTo(left, doc.y).lineTo(right, doc.y).stroke();
  doc
    .lineWidth(0.6)
    .moveTo(left, doc.y + 3.5)
    .lineTo(right, doc.y + 3.5)
    .stroke();
  doc.y += 18;

  doc
    .font("serif-bold")
    .fontSize(22)
    .fillColor(TEXT)
    .text(t("title"), left, doc.y, { width, align: "center", characterSpacing: 8 });
  doc.y += 4;
  doc
    .font("serif")
    .fontSize(10.5)
    .fillColor(TEXT)
    .text(t("serial", { serial: letter.serial }), left, doc.y, { width, align: "right" });
  doc.y += 10;

  doc
    .font("serif-bold")
    .fontSize(14)
    .fillColor(TEXT)
    .text(t("salutation", { addressee: letter.addressee }), left, doc.y, { width });
  doc.y += 6;
  paragraph(
    doc,
    t("lead", { name: letter.memberName, year: letter.year, count: letter.activityCount, hours: formatHours(letter.totalHours) }),
  );
  servicesTable(doc, letter, t);
  if (letter.stars) paragraph(doc, t("honours", { year: letter.year, stars: letter.stars }));
  if (letter.contributions) paragraph(doc, t("contributions", { text: letter.contributions }));
  for (const line of letter.body.split(/\n+/).filter((l) => l.trim())) paragraph(doc, line.trim());
  paragraph(doc, t("regards1"), { gapAfter: 0 });
  paragraph(doc, t("regards2"), { indent: false, gapAfter: 18 });

  // signature on the right, QR code for verification on the left, kept together on one page
  const qrSize = 76;
  ensureRoom(doc, qrSize + 24);
  const top = doc.y;
  const qr = await letterQrPng(verifyUrl);
  doc.image(qr, left, top, { width: qrSize, height: qrSize });
  doc
    .font("serif")
    .fontSize(8)
    .fillColor(TEXT)
    .text(t("verifyHint"), left, top + qrSize + 3, { width: qrSize, align: "center" });
  const signWidth = width * 0.55;
  doc
    .font("serif")
    .fontSize(13)
    .fillColor(TEXT)
    .text(letter.partyOrg, right - signWidth, top + 14, { width: signWidth, align: "center" });
  doc.text(letter.issuedOn, right - signWidth, doc.y + 8, { width: signWidth, align: "center" });
}

/** One PDF with one letter per page (a long list of services may take more than one page). */
export async function renderLettersPdf(letters: { letter: LetterView; verifyUrl: string }[]): Promise<Buffer> {
  const { PDFDocument, regular, bold } = await loadTools();
  const first = letters[0]?.letter;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    autoFirstPage: false,
    info: first ? { Title: `${letterDocText()("title")} ${first.serial}`, Author: first.partyOrg } : {},
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("serif", regular);
  doc.registerFont("serif-bold", bold);
  for (const { letter, verifyUrl } of letters) {
    doc.addPage();
    await drawLetter(doc, letter, verifyUrl);
  }
  doc.end();
  return done;
}

/**
 * Many letters in one PDF, for the background job: the bytes are handed to `onData` as pdfkit
 * writes them (never the whole file in memory), and after each letter `onLetter` runs and the
 * event loop gets a turn, so pages keep being served while a long batch is drawn.
 */
export async function streamLettersPdf(
  letters: { letter: LetterView; verifyUrl: string }[],
  options: { onData: (chunk: Buffer) => void; onLetter: (done: number) => Promise<void> | void },
): Promise<void> {
  const { PDFDocument, regular, bold } = await loadTools();
  const first = letters[0]?.letter;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    autoFirstPage: false,
    info: first ? { Title: `${letterDocText()("title")} ${first.year}`, Author: first.partyOrg } : {},
  });
  const done = new Promise<void>((resolve, reject) => {
    doc.on("data", options.onData);
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("serif", regular);
  doc.registerFont("serif-bold", bold);
  for (const [i, { letter, verifyUrl }] of letters.entries()) {
    doc.addPage();
    await drawLetter(doc, letter, verifyUrl);
    await options.onLetter(i + 1);
    await new Promise((resolve) => setImmediate(resolve));
  }
  doc.end();
  return done;
}

/** `感谢信-C3F9A2-2026-0012.pdf`, safe in a Content-Disposition header. */
export function pdfDisposition(serial: string): string {
  const name = `${letterDocText()("title")}-${serial}.pdf`;
  return `attachment; filename="letter-${serial.replace(/[^A-Za-z0-9-]/g, "")}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
