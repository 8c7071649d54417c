import QRCode from "qrcode";

/** The verification QR code as inline SVG, for the screen and the print view. */
export function letterQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
}

/** The same code as PNG, for the PDF. */
export function letterQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 0, scale: 8 });
}
