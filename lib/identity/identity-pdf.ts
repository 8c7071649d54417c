import QRCode from "qrcode";
import { loadPdfTools, type PdfDoc } from "../letters/letter-pdf.ts";
import { identityDocText } from "./identity-doc-text.ts";

/*
 * Badges (胸卡) and 党员中心户 plaques as one PDF each, drawn like the letters (pdfkit and the CJK
 * font from npm, decision 005): eight badges of 85 × 54 mm per A4 page, one plaque per page.
 */

const MM = 72 / 25.4;
const RED = "#b91c1c";
const TEXT = "#111111";
const MUTED = "#444444";

export type BadgeData = {
  name: string;
  community: string;
  place: string;
  badgeNumber: string | null;
  checkUrl: string;
};

export type PlaqueData = { building: string; grid: string | null; community: string; household: string; noticeUrl: string };

function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 4 });
}

async function newDoc(options: { title: string; author: string }) {
  const { PDFDocument, regular, bold } = await loadPdfTools();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    info: { Title: options.title, Author: options.author },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("serif", regular);
  doc.registerFont("serif-bold", bold);
  return { doc, done };
}

const BADGE = { width: 85 * MM, height: 54 * MM, gap: 6 * MM, cols: 2, rows: 4 };

async function drawBadge(doc: PdfDoc, badge: BadgeData, x: number, y: number) {
  const t = identityDocText();
  const { width, height } = BADGE;
  doc.strokeColor(MUTED).lineWidth(0.5).rect(x, y, width, height).stroke();
  doc.rect(x, y, width, 11 * MM).fill(RED);
  doc
    .font("serif-bold")
    .fontSize(13)
    .fillColor("#ffffff")
    .text(t("badgeHeading"), x, y + 3 * MM, { width, align: "center", characterSpacing: 4 });
  const qrSize = 26 * MM;
  const qrX = x + width - qrSize - 4 * MM;
  const qrY = y + 15 * MM;
  doc.image(await qrPng(badge.checkUrl), qrX, qrY, { width: qrSize, height: qrSize });
  doc
    .font("serif")
    .fontSize(6.5)
    .fillColor(MUTED)
    .text(t("badgeScan"), qrX - 2 * MM, qrY + qrSize + 1 * MM, { width: qrSize + 4 * MM, align: "center" });
  const textWidth = width - qrSize - 12 * MM;
  doc
    .font("serif-bold")
    .fontSize(18)
    .fillColor(TEXT)
    .text(badge.name, x + 5 * MM, y + 16 * MM, { width: textWidth, characterSpacing: 2 });
  doc
    .font("serif")
    .fontSize(9)
    .fillColor(TEXT)
    .text(badge.community, x + 5 * MM, y + 27 * MM, { width: textWidth });
  if (badge.place) doc.text(badge.place, x + 5 * MM, y + 33 * MM, { width: textWidth });
  if (badge.badgeNumber) {
    doc.fillColor(MUTED).text(t("badgeNumber", { number: badge.badgeNumber }), x + 5 * MM, y + 39 * MM, { width: textWidth });
  }
  doc
    .font("serif")
    .fontSize(7)
    .fillColor(RED)
    .text(t("badgeFooter"), x + 5 * MM, y + height - 8 * MM, { width: textWidth });
}

/** All badges in one PDF, eight per A4 page, in the order given. */
export async function renderBadgesPdf(badges: BadgeData[], author: string): Promise<Buffer> {
  const t = identityDocText();
  const { doc, done } = await newDoc({ title: t("badgesTitle"), author });
  const perPage = BADGE.cols * BADGE.rows;
  const left = (210 * MM - BADGE.cols * BADGE.width - (BADGE.cols - 1) * BADGE.gap) / 2;
  const top = (297 * MM - BADGE.rows * BADGE.height - (BADGE.rows - 1) * BADGE.gap) / 2;
  for (const [i, badge] of badges.entries()) {
    if (i % perPage === 0) doc.addPage();
    const slot = i % perPage;
    const col = slot % BADGE.cols;
    const row = Math.floor(slot / BADGE.cols);
    await drawBadge(doc, badge, left + col * (BADGE.width + BADGE.gap), top + row * (BADGE.height + BADGE.gap));
    // a long batch gives the event loop a turn now and then, so other pages keep being served
    if (slot === perPage - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  if (!badges.length) doc.addPage();
  doc.end();
  return done;
}

/** One plaque per page: 党员中心户, the building, and the QR code of the building's public notice. */
export async function renderPlaquesPdf(plaques: PlaqueData[], author: string): Promise<Buffer> {
  const t = identityDocText();
  const { doc, done } = await newDoc({ title: t("plaquesTitle"), author });
  const width = 210 * MM;
  const frame = 15 * MM;
  for (const plaque of plaques) {
    doc.addPage();
    doc
      .strokeColor(RED)
      .lineWidth(4)
      .rect(frame, frame, width - 2 * frame, 297 * MM - 2 * frame)
      .stroke();
    doc
      .font("serif-bold")
      .fontSize(54)
      .fillColor(RED)
      .text(t("plaqueHeading"), frame, 45 * MM, { width: width - 2 * frame, align: "center", characterSpacing: 10 });
    doc
      .font("serif-bold")
      .fontSize(24)
      .fillColor(TEXT)
      .text(plaque.household, frame, 85 * MM, { width: width - 2 * frame, align: "center" });
    doc
      .font("serif")
      .fontSize(16)
      .fillColor(TEXT)
      .text([plaque.community, plaque.grid, plaque.building].filter(Boolean).join(" · "), frame, 105 * MM, {
        width: width - 2 * frame,
        align: "center",
      });
    const qrSize = 70 * MM;
    doc.image(await qrPng(plaque.noticeUrl), (width - qrSize) / 2, 135 * MM, { width: qrSize, height: qrSize });
    doc
      .font("serif")
      .fontSize(14)
      .fillColor(MUTED)
      .text(t("plaqueScan"), frame, 210 * MM, { width: width - 2 * frame, align: "center" });
    doc
      .font("serif")
      .fontSize(12)
      .fillColor(RED)
      .text(plaque.community, frame, 250 * MM, { width: width - 2 * frame, align: "center" });
  }
  if (!plaques.length) doc.addPage();
  doc.end();
  return done;
}
